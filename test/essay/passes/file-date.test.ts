import { describe, expect, it } from 'vitest';
import { pathDate } from '../../../src/essay/dates.js';
import { parseEssay } from '../../../src/essay/parse.js';

/** The opening of a Jekyll post whose front matter gives no date (Kyle E. Mitchell's blog, `_posts/2020-04-28-Pay-Per-Law.md`). */
const POST = [
  '---',
  'title: Pay-Per-Law, Inc.',
  'description: the glory and agony of Georgia v. Public Resource',
  '---',
  '',
  'The Supreme Court has decided Georgia v. Public.Resource.org. Georgia cannot copyright its annotations to its legal code, even if it pays a private company to write them.',
  '',
  'Carl Malamud of public.resource.org, along with all the legal muscle that flanked him, especially pro bono, should be dancing-in-place all week. They deserve to.',
  '',
  'At the same time, I have to admit, I could not enjoy the court’s opinion. I wanted to. I was ready to. I expected to. But the taste I took away was sickly sweet.',
].join('\n');

/** The file-date pass: a Markdown post with no date printed or in its front matter is dated by its path, as its site dates it. */
describe('file-date pass', () => {
  it('dates a Jekyll post by its file’s name', () => {
    expect(parseEssay({ path: 'blog/_posts/2020-04-28-Pay-Per-Law.md', text: POST }).meta.date).toBe('2020-04-28');
  });

  it('leaves a date the front matter gives, and a text file’s name, alone', () => {
    const dated = POST.replace('---\n\nThe', 'date: 2020-04-27\n---\n\nThe');
    expect(parseEssay({ path: '_posts/2020-04-28-Pay-Per-Law.md', text: dated }).meta.date).toBe('2020-04-27');
    const asText = POST.split('\n').slice(5).join('\n');
    expect(parseEssay({ path: 'saved/2020-04-28-pay-per-law.txt', text: asText }).meta.date).toBeNull();
    expect(parseEssay({ path: 'posts/pay-per-law.md', text: POST }).meta.date).toBeNull();
  });

  it('reads a page bundle’s folder, dated folders, and a day opening the name under month folders', () => {
    expect(pathDate('content/blog/2021-02-18-usability-betrayed/index.md')).toBe('2021-02-18');
    expect(pathDate('posts/2016/10/10/pacer-costs-a-billion-dollars.mdx')).toBe('2016-10-10');
    expect(pathDate('_posts/2013/12/04/0053-opinion4.md')).toBe('2013-12-04');
    expect(pathDate('blog/2024/02/05-de-kracht-van-open-source.md')).toBe('2024-02-05');
    expect(pathDate('src/site/updates/blog/2020-08-06_systemic-solutions.md')).toBe('2020-08-06');
    expect(pathDate('C:\\site\\_posts\\2019-01-02-notes.md')).toBe('2019-01-02');
  });

  it('names no day a path does not name: a month’s folder, a day that does not exist, a date far up the tree', () => {
    expect(pathDate('blog/2025/01/comments-on-the-share-it-act.md')).toBeNull();
    expect(pathDate('_posts/2021-02-30-leap.md')).toBeNull();
    expect(pathDate('/home/writer/2020/01/02/drafts/old/essays/essay.md')).toBeNull();
    expect(pathDate('notes/essay.md')).toBeNull();
  });
});
