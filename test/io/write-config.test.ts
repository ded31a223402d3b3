import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build.js';
import { resolveDeckOptions } from '../../src/deck/options.js';
import { type CliDeckOptions, parseDeckConfig } from '../../src/io/config.js';
import { locateDeck } from '../../src/io/source.js';
import { editDeckYaml, planMove } from '../../src/io/write-config.js';
import { buildFromLocation, essayToOutline } from '../../src/pipeline.js';
import { writeReorder } from '../../src/vite/write-order.js';
import { runMain } from '../helpers/cli.js';
import { errorOf } from '../helpers/errors.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
const deck = buildDeck(outline, resolveDeckOptions());
const slidesOf = (group: string): string[] => outline.groups.find((g) => g.id === group)?.slides.map((s) => s.id) ?? [];

/** The README's example deck.yaml: flow lists, a flow map, comments aligned in a column. */
const README_EXAMPLE = `order: [go-public, change-the-channel, invite-friends]   # these take the places those groups had
slides: { go-public: [go-public-economic-assistance] }    # reorder slides within a group
hide: [about]                                              # kept, but hidden (?showHiddenSlides=true)
titles: { go-public: "Make a Public Offer" }
theme: briefing      # or white, black, serif, dracula, white-contrast, black-contrast
aspect: "16:9"       # or "16:10", "4:3"
minutes: 20          # slide timings are scaled to this
wordsPerMinute: 130
`;

describe('editDeckYaml', () => {
  it('changes only the edited list, keeping every other line byte for byte and the comment column', () => {
    const next = editDeckYaml(README_EXAMPLE, ['order'], ['invite-friends', 'go-public']);
    const before = README_EXAMPLE.split('\n');
    const after = next.split('\n');
    expect(after[0]).toBe('order: [invite-friends, go-public]                       # these take the places those groups had');
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(parseDeckConfig(next, 'deck.yaml').options.order).toEqual(['invite-friends', 'go-public']);
  });

  it('moves an item of a block list with its own comment, keeping the comments around it', () => {
    const text =
      '# Tuesday room\norder:\n  # lead with the offer\n  - go-public    # strongest\n  - change-the-channel\n\nhide:\n  - about\n';
    expect(editDeckYaml(text, ['order'], ['change-the-channel', 'go-public'])).toBe(
      '# Tuesday room\norder:\n  # lead with the offer\n  - change-the-channel\n  - go-public    # strongest\n\nhide:\n  - about\n',
    );
  });

  it('adds a missing list in flow style, under an existing map or a new one', () => {
    expect(editDeckYaml('theme: white # plain\n', ['order'], ['b', 'a'])).toBe('theme: white # plain\norder: [b, a]\n');
    expect(editDeckYaml('theme: white\n', ['slides', 'go-public'], ['y', 'x'])).toBe('theme: white\nslides:\n  go-public: [y, x]\n');
    expect(editDeckYaml('slides:\n    invite-friends: [a]\n', ['slides', 'go-public'], ['y', 'x'])).toBe(
      'slides:\n    invite-friends: [a]\n    go-public: [y, x]\n',
    );
    expect(editDeckYaml('', ['order'], ['go-public', 'change-the-channel'])).toBe('order: [go-public, change-the-channel]\n');
  });

  it('removes an emptied order or slides entry, and an emptied slides map, adding nothing for an empty new list', () => {
    expect(editDeckYaml('order: [a, b] # moved\ntheme: white\n', ['order'], [])).toBe('theme: white\n');
    expect(editDeckYaml('slides:\n  go-public: [b, a]\n  about: [c]\n', ['slides', 'go-public'], [])).toBe('slides:\n  about: [c]\n');
    expect(editDeckYaml('theme: white\nslides: { go-public: [b, a] }\nhide: [about]\n', ['slides', 'go-public'], [])).toBe(
      'theme: white\nhide: [about]\n',
    );
    expect(editDeckYaml('theme: white\n', ['order'], [])).toBe('theme: white\n');
    expect(editDeckYaml('theme: white\n', ['slides', 'go-public'], [])).toBe('theme: white\n');
  });

  it('keeps Windows line ends, quoting, and ids YAML would read as other types', () => {
    expect(editDeckYaml('aspect: "4:3"\r\norder: [a]\r\n', ['order'], ['2020', 'yes', 'a'])).toBe(
      'aspect: "4:3"\r\norder: ["2020", yes, a]\r\n',
    );
  });
});

describe('planMove', () => {
  it('turns a dropped group into the shortest order list', () => {
    const edit = planMove(outline, deck, { kind: 'group', id: 'go-public', target: 'change-the-channel', place: 'before' });
    expect(edit.key).toEqual(['order']);
    expect(edit.ids).toEqual(['go-public', 'change-the-channel', 'invite-friends']);
    expect(edit.wanted).toEqual([
      'title',
      'context',
      'overview',
      'go-public',
      'change-the-channel',
      'invite-friends',
      'conclusion',
      'about',
    ]);
  });

  it('turns a dropped slide into the shortest slides list of its group', () => {
    const [first, second, third] = slidesOf('change-the-channel') as [string, string, string];
    const edit = planMove(outline, deck, { kind: 'slide', id: third, target: second, place: 'before' });
    expect(edit.key).toEqual(['slides', 'change-the-channel']);
    expect(edit.ids).toEqual([third, second]);
    expect(edit.wanted.slice(0, 3)).toEqual([first, third, second]);
  });

  it('names an unknown id with the closest one, a slide dropped in another group, and a clash with --order', () => {
    expect(errorOf(() => planMove(outline, deck, { kind: 'group', id: 'go-publik', target: 'about', place: 'after' })).message).toBe(
      'unknown group id "go-publik": did you mean "go-public"?',
    );
    const own = slidesOf('change-the-channel')[1] as string;
    const other = slidesOf('invite-friends')[1] as string;
    const error = errorOf(() => planMove(outline, deck, { kind: 'slide', id: own, target: other, place: 'before' }));
    expect(error.format()).toBe(
      `slide "${own}" belongs to group "change-the-channel", not "invite-friends"\n  Slides move within their group; drag a column's top slide to move the whole group.`,
    );
    const cli: CliDeckOptions = { options: { order: ['go-public'] }, flags: { order: '--order' } };
    expect(errorOf(() => planMove(outline, deck, { kind: 'group', id: 'about', target: 'title', place: 'after' }, cli)).message).toMatch(
      /^--order was given to `briefdeck dev`; it wins over deck\.yaml/,
    );
  });
});

describe('writeReorder', () => {
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-write-'));
  const deckDir = join(work, 'deck');
  const configPath = join(deckDir, 'deck.yaml');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  beforeEach(() => {
    rmSync(deckDir, { recursive: true, force: true });
    mkdirSync(deckDir);
    copyFileSync(REFERENCE_ESSAY, join(deckDir, 'essay.txt'));
  });
  const leftovers = (): string[] => readdirSync(deckDir).filter((name) => name.startsWith('.briefdeck-tmp'));

  describe('with an outline.md', () => {
    const outlinePath = join(deckDir, 'outline.md');
    const groupsIn = (text: string): string[] => [...text.matchAll(/^# .* \{#([\w-]+) /gm)].map((m) => m[1] as string);
    const built = () => buildFromLocation(locateDeck(deckDir));
    beforeEach(async () => {
      const written = await runMain(['outline', deckDir, '--write']);
      expect(written.status, written.stderr).toBe(0);
    });

    it('moves the group’s block of lines in outline.md, keeping the presenter’s wording and the file marked as theirs', () => {
      const before = readFileSync(outlinePath, 'utf8');
      const bullet = /^- (.+?) <!-- \d+:\d+ -->$/m.exec(before)?.[1] as string;
      const edited = before.replace(`- ${bullet}`, '- In the presenter’s own words.');
      writeFileSync(outlinePath, edited);
      const result = writeReorder(deckDir, { kind: 'group', id: 'go-public', target: 'change-the-channel', place: 'before' });
      expect(result).toMatchObject({ file: outlinePath, changed: true });
      const after = readFileSync(outlinePath, 'utf8');
      expect(groupsIn(after)).toEqual([
        'title',
        'context',
        'overview',
        'go-public',
        'change-the-channel',
        'invite-friends',
        'conclusion',
        'about',
      ]);
      expect(after).toContain('- In the presenter’s own words.');
      expect(after.split('\n').sort()).toEqual(edited.split('\n').sort());
      expect(/^generated: .*$/m.exec(after)?.[0]).toBe(/^generated: .*$/m.exec(before)?.[0]);
      expect(existsSync(configPath)).toBe(false);
      expect(
        built()
          .deck.groups.map((group) => group.id)
          .slice(3, 6),
      ).toEqual(['go-public', 'change-the-channel', 'invite-friends']);
      expect(leftovers()).toEqual([]);
    });

    it('moves a slide within its group in outline.md', () => {
      const group = built().deck.groups.find((candidate) => candidate.slides.length >= 3) as { id: string; slides: Array<{ id: string }> };
      const [first, second] = group.slides.slice(1).map((slide) => slide.id) as [string, string];
      const result = writeReorder(deckDir, { kind: 'slide', id: second, target: first, place: 'before' });
      expect(result).toMatchObject({ file: outlinePath, changed: true });
      const order =
        built()
          .deck.groups.find((candidate) => candidate.id === group.id)
          ?.slides.map((slide) => slide.id) ?? [];
      expect(order.indexOf(second)).toBeLessThan(order.indexOf(first));
    });

    it('writes deck.yaml instead when deck.yaml already orders the groups, since it wins', () => {
      writeFileSync(configPath, 'order: [change-the-channel, invite-friends, go-public]\n');
      const before = readFileSync(outlinePath, 'utf8');
      const result = writeReorder(deckDir, { kind: 'group', id: 'go-public', target: 'change-the-channel', place: 'before' });
      expect(result).toMatchObject({ file: configPath, changed: true });
      expect(readFileSync(outlinePath, 'utf8')).toBe(before);
    });
  });

  it('writes the move, keeping the comments, and the result builds to the wanted order', () => {
    writeFileSync(configPath, '# Tuesday room\ntheme: briefing   # house style\n');
    const result = writeReorder(deckDir, { kind: 'group', id: 'go-public', target: 'change-the-channel', place: 'before' });
    expect(result.changed).toBe(true);
    expect(readFileSync(configPath, 'utf8')).toBe(
      '# Tuesday room\ntheme: briefing   # house style\norder: [go-public, change-the-channel, invite-friends]\n',
    );
    const again = writeReorder(deckDir, { kind: 'group', id: 'invite-friends', target: 'go-public', place: 'before' });
    expect(again.edit.wanted.slice(3, 6)).toEqual(['invite-friends', 'go-public', 'change-the-channel']);
    expect(readFileSync(configPath, 'utf8')).toBe(
      '# Tuesday room\ntheme: briefing   # house style\norder: [invite-friends, go-public, change-the-channel]\n',
    );
    // Back to the essay's order: nothing is left to list.
    writeReorder(deckDir, { kind: 'group', id: 'change-the-channel', target: 'invite-friends', place: 'before' });
    expect(readFileSync(configPath, 'utf8')).toBe('# Tuesday room\ntheme: briefing   # house style\n');
    expect(leftovers()).toEqual([]);
  });

  it('creates deck.yaml when the deck folder has none', () => {
    writeReorder(deckDir, { kind: 'group', id: 'about', target: 'conclusion', place: 'before' });
    expect(readFileSync(configPath, 'utf8')).toBe('order: [about, conclusion]\n');
  });

  it('writes nothing for a drop where the item already is', () => {
    writeFileSync(configPath, 'order: [title, go-public, change-the-channel, invite-friends]\n');
    const mtime = statSync(configPath).mtimeMs;
    const result = writeReorder(deckDir, { kind: 'group', id: 'go-public', target: 'change-the-channel', place: 'before' });
    expect(result.changed).toBe(false);
    expect(statSync(configPath).mtimeMs).toBe(mtime);
    expect(readFileSync(configPath, 'utf8')).toBe('order: [title, go-public, change-the-channel, invite-friends]\n');
  });

  // Each refusal: the message as the dev page shows it, and deck.yaml byte for byte as it was.
  const refusals: Array<{ name: string; yaml: string | null; move: unknown; message: RegExp }> = [
    {
      name: 'a deck.yaml with a YAML syntax error',
      yaml: 'order: [go-public\nhide: about\n',
      move: { kind: 'group', id: 'about', target: 'title', place: 'after' },
      message: /deck\.yaml:2:1: YAML syntax error: /,
    },
    {
      name: 'a deck.yaml with an unknown id',
      yaml: '# keep me\nhide: [abuot]\n',
      move: { kind: 'group', id: 'about', target: 'title', place: 'after' },
      message: /deck\.yaml:2:8: unknown group or slide id "abuot": did you mean "about"\?/,
    },
    {
      name: 'an unknown id in the move',
      yaml: '# keep me\n',
      move: { kind: 'group', id: 'about', target: 'conclushion', place: 'after' },
      message: /^unknown group id "conclushion": did you mean "conclusion"\?/,
    },
    {
      name: 'a request that is not a move',
      yaml: '# keep me\n',
      move: { kind: 'group', id: 'about', target: 'title', place: 'inside' },
      message: /^bad reorder request: place: Invalid option: expected one of "before"\|"after"/,
    },
    {
      name: 'a slide dropped in another group',
      yaml: null,
      move: { kind: 'slide', id: slidesOf('change-the-channel')[1], target: slidesOf('invite-friends')[1], place: 'after' },
      message: /belongs to group "change-the-channel", not "invite-friends"/,
    },
  ];
  for (const { name, yaml, move, message } of refusals) {
    it(`refuses ${name} and writes nothing`, () => {
      if (yaml !== null) writeFileSync(configPath, yaml);
      expect(errorOf(() => writeReorder(deckDir, move)).format()).toMatch(message);
      if (yaml === null) expect(existsSync(configPath)).toBe(false);
      else expect(readFileSync(configPath, 'utf8')).toBe(yaml);
      expect(leftovers()).toEqual([]);
    });
  }

  it('refuses a loose essay file, which has no deck folder to hold deck.yaml', () => {
    expect(errorOf(() => writeReorder(null, { kind: 'group', id: 'about', target: 'title', place: 'after' })).message).toMatch(
      /single essay file/,
    );
  });
});
