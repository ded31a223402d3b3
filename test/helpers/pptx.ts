import JSZip from 'jszip';

/** A PowerPoint file as its XML says, read with jszip: enough to check what PowerPoint will show and keep. */
export interface ReadPptx {
  /** Entry names in the zip, in order. */
  files: string[];
  /** The slides in presentation order. */
  slides: PptxSlide[];
  /** PowerPoint sections (p14:sectionLst), each with the 0-based positions of its slides. */
  sections: Array<{ name: string; slides: number[] }>;
  /** docProps/core.xml: dc:title, dc:creator, dc:subject, dcterms:created… by local name. */
  core: Record<string, string>;
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
}

export interface PptxSlide {
  /** Its file in the zip (`ppt/slides/slide3.xml`). */
  file: string;
  shapes: PptxShape[];
  /** The notes slide's notes body: its paragraphs joined by blank lines, `<a:br>` as a newline. */
  notes: string | null;
}

export interface PptxShape {
  /** The placeholder's type (`title`, `body`) when the shape is a placeholder (`<p:ph>`), else null. */
  placeholder: string | null;
  /** Its paragraphs (`<a:p>`), each as the text of its runs (`<a:t>`), XML entities decoded. */
  paragraphs: PptxParagraph[];
}

export interface PptxParagraph {
  text: string;
  /** `disc` for a bullet character (`<a:buChar>`), `number` for `<a:buAutoNum>`, else `none`. */
  list: 'disc' | 'number' | 'none';
}

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity] ?? '';
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

function paragraphs(xml: string): PptxParagraph[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(([, body = '']) => {
    const text = [...body.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\b/g)]
      .map((match) => (match[1] === undefined ? '\n' : decodeXml(match[1])))
      .join('');
    const list = /<a:buAutoNum\b/.test(body) ? 'number' : /<a:buChar\b/.test(body) ? 'disc' : 'none';
    return { text, list };
  });
}

function shapes(xml: string): PptxShape[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map(([, shape = '']) => {
    const ph = /<p:ph\b([^>]*)>/.exec(shape);
    const type = ph ? (/\btype="([^"]+)"/.exec(ph[1] ?? '')?.[1] ?? 'body') : null;
    return { placeholder: type, paragraphs: paragraphs(/<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(shape)?.[1] ?? '') };
  });
}

/** Relationship id → target, from a `.rels` part. */
function relationships(xml: string): Map<string, string> {
  return new Map([...xml.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

export async function readPptx(bytes: Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async('string');
  };
  const presentation = await text('ppt/presentation.xml');
  const rels = relationships(await text('ppt/_rels/presentation.xml.rels'));
  const slideIds = [...presentation.matchAll(/<p:sldId id="(\d+)" r:id="([^"]+)"\/>/g)].map((m) => ({ id: m[1] ?? '', rel: m[2] ?? '' }));
  const slides: PptxSlide[] = [];
  for (const { rel } of slideIds) {
    const file = `ppt/${rels.get(rel) ?? ''}`;
    const slideRels = relationships(await text(file.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels')));
    const notesTarget = [...slideRels.values()].find((target) => target.includes('notesSlide'));
    let notes: string | null = null;
    if (notesTarget) {
      const notesXml = await text(`ppt/${notesTarget.replace(/^\.\.\//, '')}`);
      const body = shapes(notesXml).find((shape) => shape.placeholder === 'body');
      notes = body ? body.paragraphs.map((paragraph) => paragraph.text).join('\n\n') : null;
    }
    slides.push({ file, shapes: shapes(await text(file)), notes });
  }
  const position = new Map(slideIds.map(({ id }, index) => [id, index]));
  const sections = [...presentation.matchAll(/<p14:section name="([^"]*)"[^>]*>([\s\S]*?)<\/p14:section>/g)].map((m) => ({
    name: decodeXml(m[1] ?? ''),
    slides: [...(m[2] ?? '').matchAll(/<p14:sldId id="(\d+)"\/>/g)].map((id) => position.get(id[1] ?? '') ?? -1),
  }));
  const core: Record<string, string> = {};
  for (const m of (await text('docProps/core.xml')).matchAll(/<(\w+):(\w+)\b[^>]*>([^<]*)<\/\1:\2>/g))
    core[m[2] ?? ''] = decodeXml(m[3] ?? '');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  return {
    files: Object.keys(zip.files),
    slides,
    sections,
    core,
    size: { cx: Number(size?.[1]), cy: Number(size?.[2]) },
  };
}
