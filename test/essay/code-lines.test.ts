import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/essay/blocks.js';
import { codeListings } from '../../src/essay/code-lines.js';
import { parseEssay } from '../../src/essay/parse.js';

/** The lines of the blocks `codeListings` finds in `lines` (a page copy, one line a block). */
const listed = (lines: string[]): number[] => {
  const blocks = textBlocks(lines.join('\n'));
  return codeListings(blocks).flatMap((i) => {
    const { start, end } = blocks[i]?.lines ?? { start: 0, end: -1 };
    return Array.from({ length: end - start + 1 }, (_, k) => start + k);
  });
};

describe('code listings in a page copy', () => {
  it('finds an R listing, its comments with it (Daniel Redondo, a survey analysed in R)', () => {
    const lines = [
      'Creemos que es imprescindible proporcionar información basada en la evidencia a la ciudadanía.',
      '',
      '# Carga de paquetes',
      'library(dplyr)',
      'library(effects)',
      '',
      '# Importamos la Encuesta Nacional de Salud de 2017.',
      'load("ens2017.RData")',
      '',
      '# Recodificamos la variable de interés:',
      'tabla$P87_21a <- tabla$P87_21a %>% as.factor %>% droplevels',
      'tabla$P87_21a[tabla$P87_21a == "8" | tabla$P87_21a == "9"] = NA',
      '',
      'plot(Effect("SEXOa", GLM), xlab = "Sexo", ylab = "Probabilidad de consumir homeopatía (2 sem. antes)", main = "Efecto")',
      '',
      'Correos de contacto:',
    ];
    expect(listed(lines)).toEqual([3, 4, 5, 7, 8, 10, 11, 12, 14]);
  });

  it('finds Go and Rust, a "Run" button glued to a listing\'s attribute among them', () => {
    const go = ['if err != nil {', '    log.Fatalln("failed to create log storage driver:", err)', '}'];
    expect(listed(go)).toEqual([1, 2, 3]);
    const rust = ['Run#[no_mangle]', 'pub fn _rustc_codegen_backend() -> Box<dyn CodegenBackend> {', '    // This is the entrypoint.', '}'];
    expect(listed(rust)).toEqual([1, 2, 3, 4]);
  });

  it('leaves lists of prose, an acronym spelt out, a formula and headings written as comments', () => {
    // A list whose items end with semicolons (Bruno Sánchez-Andrade Nuño, on user-generated content).
    const semicolons = [
      'best practices for data curation and verification;',
      'national security risks of open source UGC;',
      'applications of UGC for peacebuilding efforts and human rights;',
    ];
    expect(listed(semicolons)).toEqual([]);
    expect(listed(['S = Specific', 'M = Measurable', 'A = Achievable', 'R = Relevant', 'T = Time-bound'])).toEqual([]);
    expect(listed(['GDP = C + I + G + (X - M)', '', 'The identity says nothing about causes.'])).toEqual([]);
    expect(listed(['# Results', '', '# Discussion', '', '# Methods'])).toEqual([]);
  });

  it("removes a page copy's listing as markup, the text around it kept", () => {
    const text = [
      'Recoding a Survey in R',
      '',
      'By Jane Doe',
      '',
      'The survey asks every respondent whether they used homeopathy in the two weeks before the interview, and we recode it.',
      '',
      'library(dplyr)',
      'tabla$consum_homeo[tabla$P87_21a == "2"] = 0',
      'tabla$consum_homeo[tabla$P87_21a == "1"] = 1',
      '',
      'About one in a hundred respondents had used it, more often women and people with more income than others.',
    ].join('\n');
    const removed = new Map(parseEssay({ path: 'essay.txt', text }).removed.map((line) => [line.line, line.reason]));
    expect([7, 8, 9].map((line) => removed.get(line))).toEqual(['markup', 'markup', 'markup']);
    expect(removed.has(5) || removed.has(11)).toBe(false);
  });
});
