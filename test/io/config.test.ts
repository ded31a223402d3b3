import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeckConfig, resolveOptionsFor } from '../../src/io/config.js';
import { essayToOutline } from '../../src/pipeline.js';
import { errorOf } from '../helpers/errors.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });

describe('deck.yaml', () => {
  it('reads a valid config', () => {
    const config = parseDeckConfig('# comment\norder: [go-public, change-the-channel]\nhide: [about]\nminutes: 20\n', 'deck.yaml');
    expect(config.options).toEqual({ order: ['go-public', 'change-the-channel'], hide: ['about'], minutes: 20 });
  });

  it('reports a YAML syntax error with line and column', () => {
    const error = errorOf(() => parseDeckConfig('order: [go-public\nhide: about\n', 'deck.yaml'));
    expect(error.format()).toMatch(/^deck\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('reports a bad value at its position, with what was expected', () => {
    const error = errorOf(() => parseDeckConfig('theme: briefing\nminutes: soon\n', 'deck.yaml'));
    expect([error.line, error.column]).toEqual([2, 10]);
    expect(error.message).toMatch(/minutes/);
    expect(error.hint).toMatch(/minutes: 20/);
  });

  it('reports an unknown key at its position', () => {
    const error = errorOf(() => parseDeckConfig('theme: briefing\nordr: [a]\n', 'deck.yaml'));
    expect([error.line, error.column]).toEqual([2, 1]);
    expect(error.message).toMatch(/ordr/);
  });

  it('reports an unknown id at its position, with the closest valid id', () => {
    const config = parseDeckConfig('order:\n  - go-public\n  - invite-frends\n', 'deck.yaml');
    const error = errorOf(() => resolveOptionsFor(outline, config));
    expect(error.format()).toBe(
      'deck.yaml:3:5: unknown group id "invite-frends": did you mean "invite-friends"?\n  Valid group ids: title, context, overview, change-the-channel, invite-friends, go-public, conclusion, about (`briefdeck outline` lists them).',
    );
  });

  it('lets the CLI win, and names the flag in its errors', () => {
    const config = parseDeckConfig('order: [go-public]\n', 'deck.yaml');
    const options = resolveOptionsFor(outline, config, {
      options: { order: ['invite-friends', 'go-public'] },
      flags: { order: '--order' },
    });
    expect(options.order).toEqual(['invite-friends', 'go-public']);
    const error = errorOf(() => resolveOptionsFor(outline, config, { options: { hide: ['nope'] }, flags: { hide: '--hide' } }));
    expect(error.message).toMatch(/^--hide: unknown group or slide id "nope"/);
    expect(error.file).toBeNull();
  });
});
