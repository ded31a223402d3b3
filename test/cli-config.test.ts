import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckConfigSchema } from '../src/io/config.js';
import { essayToOutline } from '../src/pipeline.js';
import { runCli, runMain } from './helpers/cli.js';
import { REFERENCE_ESSAY } from './helpers/fixtures.js';

/**
 * Every deck-config error, end to end through `briefdeck build`: exit status 1, the message as
 * printed (file:line:column, what was expected, the closest valid id), and nothing written —
 * neither a new output folder, nor a change to an earlier output, nor a temporary folder.
 */

const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
const slidesOf = (group: string): string[] => outline.groups.find((g) => g.id === group)?.slides.map((s) => s.id) ?? [];
const GROUP_IDS = 'title, context, overview, change-the-channel, invite-friends, go-public, conclusion, about';
// Group ids first, then the slide ids that are not also group ids (a section opens with its group's id).
const ALL_IDS = [...new Set([...outline.groups.map((g) => g.id), ...outline.groups.flatMap((g) => g.slides.map((s) => s.id))])].join(', ');
const KEYS = Object.keys(deckConfigSchema.shape).join(', ');

const inviteSlide = slidesOf('invite-friends')[1] as string;
const channelSlide = slidesOf('change-the-channel')[1] as string;
/** A one-letter typo of a real slide id. */
const typo = `${inviteSlide.slice(0, -2)}${inviteSlide.slice(-1)}`;

const work = mkdtempSync(join(tmpdir(), 'briefdeck-cli-config-'));
const deckDir = join(work, 'deck');
const configPath = join(deckDir, 'deck.yaml');
const out = join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ErrorCase {
  name: string;
  yaml?: string;
  args?: string[];
  /** stderr exactly; `@` stands for the deck.yaml path. */
  stderr: string;
}

const cases: ErrorCase[] = [
  {
    name: 'unknown group id in order',
    yaml: 'order: [go-public, invite-frends]\n',
    stderr: `@:1:20: unknown group id "invite-frends": did you mean "invite-friends"?\n  Valid group ids: ${GROUP_IDS} (\`briefdeck outline\` lists them).`,
  },
  {
    name: 'unknown id in hide',
    yaml: '# rehearsal\nhide: [abuot]\n',
    stderr: `@:2:8: unknown group or slide id "abuot": did you mean "about"?\n  Valid group or slide ids: ${ALL_IDS} (\`briefdeck outline\` lists them).`,
  },
  {
    name: 'unknown slide id within a group',
    yaml: `slides:\n  invite-friends: [${typo}]\n`,
    stderr: `@:2:20: unknown slide id "${typo}" in group "invite-friends": did you mean "${inviteSlide}"?\n  Valid slide ids in group "invite-friends": ${slidesOf('invite-friends').join(', ')} (\`briefdeck outline\` lists them).`,
  },
  {
    name: 'unknown id in titles',
    yaml: 'titles: { go-pubic: "Make a Public Offer" }\n',
    // The column is the title's, not the key's: positions point at a map entry's value.
    stderr: `@:1:21: unknown group or slide id "go-pubic": did you mean "go-public"?\n  Valid group or slide ids: ${ALL_IDS} (\`briefdeck outline\` lists them).`,
  },
  {
    name: 'duplicate group in order',
    yaml: 'order: [go-public, go-public]\n',
    stderr: '@:1:20: group "go-public" is listed twice in order\n  List each group once.',
  },
  {
    name: 'duplicate in hide',
    yaml: 'hide: [about, about]\n',
    stderr: '@:1:15: "about" is listed twice in hide\n  List each id once.',
  },
  {
    name: 'slide id in the wrong group',
    yaml: `slides:\n  go-public: [${channelSlide}]\n`,
    stderr: `@:2:15: slide "${channelSlide}" belongs to group "change-the-channel", not "go-public"\n  Move it under \`slides: { change-the-channel: [...] }\`; slides are reordered within their group.`,
  },
  {
    name: 'slide id where a group id belongs',
    yaml: `order: [${inviteSlide}]\n`,
    stderr: `@:1:9: "${inviteSlide}" is a slide of group "invite-friends", not a group\n  Order slides within a group under \`slides: { invite-friends: [...] }\`.`,
  },
  {
    name: 'YAML syntax error',
    yaml: 'order: [go-public\nhide: about\n',
    stderr: `@:2:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]\n  Fix the YAML at this position; keys are ${KEYS}.`,
  },
  {
    name: 'bad value: minutes',
    yaml: 'theme: briefing\nminutes: soon\n',
    stderr:
      '@:2:10: invalid deck config: minutes: Invalid input: expected number, received string\n  Give the talk length in minutes, e.g. `minutes: 20`.',
  },
  {
    name: 'bad value: theme',
    yaml: 'theme: blue\n',
    stderr:
      '@:1:8: invalid deck config: theme: Invalid option: expected one of "briefing"|"white"|"black"|"serif"|"dracula"|"white-contrast"|"black-contrast"\n  Use one of: briefing, white, black, serif, dracula, white-contrast, black-contrast.',
  },
  {
    name: 'bad value: aspect',
    yaml: 'aspect: "3:2"\n',
    stderr:
      '@:1:9: invalid deck config: aspect: Invalid option: expected one of "16:9"|"16:10"|"4:3"\n  Use "16:9", "16:10" or "4:3" (quoted).',
  },
  {
    name: 'bad value: order is not a list',
    yaml: 'order: go-public\n',
    stderr:
      '@:1:8: invalid deck config: order: Invalid input: expected array, received string\n  Give a list of ids, e.g. `order: [go-public, change-the-channel]`; `briefdeck outline` lists the ids.',
  },
  {
    name: 'unknown key',
    yaml: 'theme: briefing\nordr: [go-public]\n',
    stderr: `@:2:1: invalid deck config: Unrecognized key: "ordr"\n  Valid keys: ${KEYS}.`,
  },
  {
    name: '--order with an unknown id',
    args: ['--order', 'go-public,go-publik'],
    stderr: `--order: unknown group id "go-publik": did you mean "go-public"?\n  Valid group ids: ${GROUP_IDS} (\`briefdeck outline\` lists them).`,
  },
  {
    name: '--order with a duplicate',
    args: ['--order', 'go-public,change-the-channel,go-public'],
    stderr: '--order: group "go-public" is listed twice in order\n  List each group once.',
  },
  {
    name: '--order with a slide id',
    args: ['--order', inviteSlide],
    stderr: `--order: "${inviteSlide}" is a slide of group "invite-friends", not a group\n  Order slides within a group under \`slides: { invite-friends: [...] }\`.`,
  },
  {
    name: '--hide with an unknown id',
    args: ['--hide', 'abut'],
    stderr: `--hide: unknown group or slide id "abut": did you mean "about"?\n  Valid group or slide ids: ${ALL_IDS} (\`briefdeck outline\` lists them).`,
  },
];

describe('deck config errors through `briefdeck build`', () => {
  let before: { index: string; assets: string[] };

  beforeAll(() => {
    mkdirSync(deckDir);
    copyFileSync(REFERENCE_ESSAY, join(deckDir, 'essay.txt'));
    const result = runCli(['build', deckDir, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    before = { index: readFileSync(join(out, 'index.html'), 'utf8'), assets: readdirSync(join(out, 'assets')).sort() };
  });

  // In process, through the CLI's main(): the messages and exit codes; the first case also as a real process.
  cases.forEach(({ name, yaml, args = [], stderr }, k) => {
    it(`${name}: exits 1 with the message, and writes nothing`, async () => {
      rmSync(configPath, { force: true });
      if (yaml !== undefined) writeFileSync(configPath, yaml);
      const fresh = join(work, 'fresh');
      for (const target of [out, fresh]) {
        const command = ['build', deckDir, '--out', target, ...args];
        const result = k === 0 ? runCli(command) : await runMain(command);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`briefdeck: error: ${stderr.replaceAll('@', configPath)}\n`);
        expect(result.status).toBe(1);
      }
      expect(existsSync(fresh)).toBe(false);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(before.index);
      expect(readdirSync(join(out, 'assets')).sort()).toEqual(before.assets);
      expect(readdirSync(work).filter((entry) => entry.startsWith('.briefdeck-tmp'))).toEqual([]);
      if (yaml !== undefined) expect(readFileSync(configPath, 'utf8')).toBe(yaml);
    });
  });

  it('rejects a bad --minutes or --theme value before reading anything', () => {
    const minutes = runCli(['build', deckDir, '--out', join(work, 'fresh'), '--minutes', 'soon']);
    expect(minutes.status).toBe(1);
    expect(minutes.stderr).toBe(
      "error: option '--minutes <n>' argument 'soon' is invalid. expected a number of minutes from 1 to 600\n(run with --help for usage)\n",
    );
    const theme = runCli(['build', deckDir, '--out', join(work, 'fresh'), '--theme', 'blue']);
    expect(theme.status).toBe(1);
    expect(theme.stderr).toMatch(/^error: option '--theme <name>' argument 'blue' is invalid\. Allowed choices are briefing, white, black/);
    expect(existsSync(join(work, 'fresh'))).toBe(false);
  });

  it('lets --order and --hide win over deck.yaml, even over a deck.yaml order that would fail', () => {
    writeFileSync(configPath, 'order: [go-publik]\nhide: [abuot]\n');
    const result = runCli(['outline', deckDir, '--order', 'invite-friends,change-the-channel', '--hide', 'about']);
    expect(result.status, result.stderr).toBe(0);
    const groups = [...result.stdout.matchAll(/^(\S+)\s+\[/gm)].map((match) => match[1]);
    expect(groups).toEqual(['title', 'context', 'overview', 'invite-friends', 'change-the-channel', 'go-public', 'conclusion', 'about']);
    expect(result.stdout).toMatch(/^about\s+\[about\] About the author \(hidden\)$/m);
  });
});
