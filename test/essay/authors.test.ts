import { describe, expect, it } from 'vitest';
import { namesAlone } from '../../src/essay/authors.js';
import { makeBlock } from '../../src/essay/blocks.js';

const line = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);

/** Lines of the sweep's page copies (tiptopjaw/web-content-extraction-benchmark, study half), exactly as rendered. */
describe('namesAlone: a line that is a writer’s name and nothing else', () => {
  it.each(['Jordana Cepelewicz', 'Miguel Zabludovsky', 'Sandra Boicheva'])('%s is a name', (text) => {
    expect(namesAlone(line(text))).toEqual([text]);
  });

  it.each([
    // A byline's label over the name (aaa.com, slatenyc.com).
    'WRITTEN BY',
    'Written By',
    // A page's controls and menu entries (timesofindia.indiatimes.com, cedardb.com, spectrumdentalarts.com, blog.turbotax.intuit.com).
    'TEXT SIZE',
    'Get Started',
    'Smile Gallery',
    'Open Share Drawer',
  ])('%s is no name', (text) => {
    expect(namesAlone(line(text))).toBeNull();
  });
});
