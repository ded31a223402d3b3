import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { excerpt } from '../../helpers/excerpt.js';
import { loadFixtures, ROOT } from '../../helpers/fixtures.js';
import { page } from '../../helpers/pages.js';

/** The sections pass: the parts, the conclusion, the appendix. */
describe('sections pass', () => {
  it('reads a last part that recommends as a section of its own, not as the conclusion, whatever its length (ReSA: "Key recommendations from ReSA"; brunosan.eu: "Recommendations to stakeholders")', () => {
    expect(excerpt('tuning/ai-resa-governments-research-software', [1, 164]).parts).toContain('Key recommendations from ReSA');
    expect(excerpt('tuning/at-brunosan-ugc-policy-needs', [1, 46]).parts).toContain('Recommendations to stakeholders');
  });

  it('concludes with the paragraph before a closing line that sends the reader elsewhere, both in the conclusion (Open Web Advocacy, presenter review A)', () => {
    const essay = parseEssay({
      path: 'essay.md',
      text: [
        '---',
        'title: "Is It Worth Killing Mozilla to Shave Off Less Than 1% From Google’s Market Share?"',
        '---',
        '',
        'Late last year the DOJ won their long running antitrust case vs Google when Judge Mehta ruled in their favor.',
        '',
        '## What Is the Alternative?',
        '',
        'We propose that smaller browsers, such as Mozilla, be allowed to sell 100% of their default search placement to Google.',
        '',
        'A healthy browser market depends on preserving these potential future challengers.',
        '',
        '## Do We Really Want a World in Which Mozilla No Longer Exists?',
        '',
        'It is true that Mozilla’s management has made missteps, as any long running organization might.',
        '',
        'The real question for readers is not whether Mozilla is perfect. It is:  ',
        '**Do you truly believe the web would be better off in a world where Mozilla no longer exists?**',
        '',
        'For more on this topic, please check out [our far more detailed paper on the DOJ vs Google case](https://open-web-advocacy.org/blog/) that we published last week.',
        '',
      ].join('\n'),
    });
    expect(essay.conclusion?.paragraphs.map((paragraph) => paragraph.lines.start)).toEqual([18, 20]);
  });

  it('reads headings past the pictograph set before them as an icon, "🚆 Transport", and "🤔 Conclusion" as the conclusion (naxxfish)', () => {
    const { parts } = excerpt('tuning/al-naxxfish-this-is-fine', [1, 147]);
    expect(parts).toEqual(['Transport', 'Energy', 'Homes', 'conclusion: Conclusion']);
  });

  it('ends the text at readers’ comments headed by a name glued to the day, "BojakaSep 29, 2020": the essay’s own summary concludes it (Zero Credibility)', () => {
    const { parts, removed } = excerpt('tuning/al-zerocredibility-how-to-get-promoted', [1, 102]);
    expect(parts).toEqual(['Opportunists', 'Exploit', 'Rituals', 'Covert', 'conclusion: Conclusion']);
    expect(removed.has(83)).toBe(true);
    expect(removed.has(85)).toBe(true);
  });

  it('makes no conclusion of a closing paragraph that takes leave of the reader, "Hope you enjoyed this first “What if...?” post …" (Code for Australia)', () => {
    const { parts } = excerpt('tuning/ac-codeforaustralia-whatif-fellowship', [1, 41]);
    expect(parts).toEqual(['Finishing the Form Design', 'Automated reminders and workflow', 'Considered Deployment', 'Caught Out']);
  });

  it('takes a last "Takeaway" as the conclusion when only a pointer to another post follows it (DTA)', () => {
    const { parts, removed } = excerpt('tuning/f-dta-cure-better-than-prevention', [1, 90]);
    expect(parts).toEqual([
      'Preventative controls are good but...',
      'The bad guys like easy wins too',
      'What’s wrong here?',
      'The fortress is gone',
      'No deterrent',
      'Be flexible and fast',
      'conclusion: Takeaway',
    ]);
    expect(removed.get(83)).toBe('related');
  });
  it('takes a last "Reflection" for the conclusion, as "Closing thoughts" (Scott Colfer)', () => {
    const { parts } = excerpt('tuning/an-scottcolfer-next-ten-years-digital-government', [1, 107]);
    expect(parts.at(-1)).toBe('conclusion: Reflection');
    expect(parts).not.toContain('Reflection');
  });

  it('takes a closing paragraph that looks back over the essay ("We have talked about …") for the conclusion, however long (DAI)', () => {
    const { parts } = excerpt('tuning/ac-dai-digital-identity-politics', [1, 50]);
    expect(parts.at(-1)).toBe('conclusion: Conclusion');
  });

  it('takes a last heading that asks what lies ahead for the conclusion ("More wet and windy conditions ahead?", The Conversation)', () => {
    const { parts } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 143]);
    expect(parts).toEqual([
      'Forming a sting jet',
      'Why autumn 2023 has been so stormy',
      'conclusion: More wet and windy conditions ahead?',
    ]);
  });

  it('gives a parent above the chosen level whose sub-headings are a set way to them, not to the context (Vidya: "# Features of Modern Voting" before the "##" parts)', () => {
    const { parts, essay } = excerpt('tuning/y-vidya-secure-online-voting', [1, 356]);
    expect(parts.slice(0, 7)).toEqual([
      'Open Source',
      'Zero Trust',
      'Transparent and Auditable',
      'Immutable and Append-Only',
      'Client Device and Application Deployment Agnostic',
      'Usable',
      'Simple',
    ]);
    expect(essay.intro.every((paragraph) => paragraph.lines.start < 92)).toBe(true);
  });

  it('takes a part whose only text leads into the parts after it for their parent: its text leads into the next part under its heading (ACM Queue)', () => {
    const { parts, essay } = excerpt('tuning/ab-acmqueue-memory-safety-skeptics', [1, 210]);
    expect(parts).not.toContain('Strategies for Safety');
    const next = essay.sections.find((section) => section.title === 'Make new code memory safe');
    expect(next?.paragraphs[0]?.text).toMatch(/^Any of the following strategies/);
    expect(next?.paragraphs[0]?.subheading).toBe('Strategies for Safety');
  });

  it('takes headings labelled as parts, "Part one: …", "Part two: …", for the sections and the headings between them for their sub-headings (André Low)', () => {
    const { parts } = excerpt('tuning/av-andrelow-ai-singaporean-worker', [1, 175]);
    expect(parts).toEqual([
      'Part one: From fast adopter to global exporter—Singapore’s AI industrial strategy',
      'Part two: The broken rung—protecting the next generation’s career ladder',
      'Part three: Rewriting the social contract for the AI age',
      'conclusion: Conclusion',
    ]);
  });

  it('reads a heading that only introduces, an aside in brackets after it, as the context: "Summary (TL;DR)" (CPANSec)', () => {
    const { parts } = excerpt('tuning/ba-cpansec-disclosure-delay', [1, 120]);
    expect(parts.slice(0, 3)).toEqual(['Long embargos are becoming short disclosure delays', 'Perl and CPANSec', 'CPAN Authors']);
  });

  it('reads a Spanish question standing alone, "¿Qué hacer?", as a heading among the page’s, and "Fuentes" (sources) as end matter (IMPLAN Torreón)', () => {
    const { parts, removed } = excerpt('tuning/ae-implantorreon-pacificacion-transito', [1, 115]);
    expect(parts).toEqual(['¿Qué es?', 'Beneficios', '¿Qué hacer?', 'conclusion: Conclusión']);
    expect(removed.get(105)).toBe('footnote');
  });

  it('reads numbered labels set in bold with their colons as the sub-headings of a set, which replace their parent (Stéfane Fermigier: "**1. Moving Beyond Encouragement to Stronger Policies:**")', () => {
    const { parts } = excerpt('tuning/ae-fermigier-share-it-act', [1, 130]);
    expect(parts.slice(5, 10)).toEqual([
      'Moving Beyond Encouragement to Stronger Policies',
      'Fostering a More Unified and Cohesive Ecosystem',
      'Addressing the Skills Gap and Promoting OSS Education',
      'Enhancing Funding and Investment',
      'Strengthening International Collaboration',
    ]);
  });

  it('makes no conclusion of a news report’s last quote from a source, however long its last part (PolitiFact, Education Week)', () => {
    // PolitiFact ends: "… even in the U.S. market," Lovely said. Education Week: "…, she added, especially if …".
    const politifact = excerpt('tuning/h-politifact-tariffs-guide', [1, 150]);
    expect(politifact.essay.conclusion).toBeNull();
    const edweek = excerpt('tuning/t-edweek-tutoring-effectiveness', [1, 165]);
    expect(edweek.essay.conclusion).toBeNull();
  });

  it('makes no conclusion of the paragraph a lead-in ending in a colon introduces ("Here’s how it would read:") (Retraction Watch)', () => {
    const { essay } = excerpt('tuning/ad-retractionwatch-paraphrasing-tools', [1, 70]);
    expect(essay.conclusion).toBeNull();
  });

  it('leaves a closing paragraph that speaks of "this section" to its section, however long the section (DataSF)', () => {
    const { essay } = excerpt('tuning/x-datasf-data-policy-approach', [1, 70]);
    expect(essay.conclusion).toBeNull();
    expect(essay.sections.at(-1)?.paragraphs.at(-1)?.text).toMatch(/^This section lays the ground/);
  });

  it('takes a last "Call to arms" for the conclusion, as "Call to action" (NHS-R)', () => {
    const { parts } = excerpt('tuning/y-nhsr-government-sustainable-software', [1, 130]);
    expect(parts.at(-1)).toBe('conclusion: Call to arms');
  });

  it('takes a last part on the policy implications for the conclusion ("What are the policy implications?", Trevor Chow)', () => {
    const { parts } = excerpt('tuning/y-tmychow-15-minimum-wage', [1, 90]);
    expect(parts.at(-2)).toBe('What are the welfare implications of a higher minimum wage?');
    expect(parts.at(-1)).toBe('conclusion: What are the policy implications?');
  });
  it('takes a last part on an implication, in the singular, for the conclusion ("The Governance Implication", jpazvd)', () => {
    const { parts } = excerpt('tuning/w-jpazvd-future-provenance', [1, 116]);
    expect(parts.at(-1)).toBe('conclusion: The Governance Implication');
  });
  it('takes a last "Final Thought: …" for the conclusion, and keeps a heading with "at" in it that is no picture’s caption (BD+C)', () => {
    const { parts } = excerpt('tuning/t-bdc-ai-cd-set', [1, 80]);
    expect(parts).toContain('What We’ve Learned About AI at Method Architecture');
    expect(parts.at(-1)).toBe('conclusion: Final Thought: Adapt and Thrive');
  });
  it('takes a heading ending in "Methodology" for the appendix, the part before it for the conclusion, and no conjunction alone for a heading (Democracy Corps)', () => {
    const { parts, essay } = excerpt('tuning/x-democracycorps-100-days-out', [1, 214]);
    expect(parts).not.toContain('OR');
    expect(parts.at(-1)).toBe('conclusion: Vulnerable to attack');
    expect(essay.appendix.map((part) => part.title)).toEqual(['2012 Battleground Methodology']);
  });
  it('keeps a "Methods" part with a conclusion still to come among the sections, as a research post sets them out, not the appendix from there on (the form of the batch ab review’s finding)', () => {
    const para = (topic: string): string =>
      `We looked closely at ${topic} in the data we had. The pattern held across every year we studied, and it was large.`;
    const text = [
      '# What drives late payments',
      '',
      para('late payments'),
      '',
      '## The question',
      '',
      para('the question'),
      '',
      '## Methods',
      '',
      para('our methods'),
      '',
      '## Findings',
      '',
      para('the findings'),
      '',
      '## Conclusion',
      '',
      para('what it means'),
      '',
    ].join('\n');
    const essay = parseEssay({ path: 'research.md', text });
    expect(essay.sections.map((section) => section.title)).toEqual(['The question', 'Methods', 'Findings']);
    expect(essay.conclusion?.title).toBe('Conclusion');
    expect(essay.appendix).toEqual([]);
  });
  it('reads a first "Key Takeaways" or "Key findings" as the context, as "Key points" is (GUIDE.md), not a section (M-Lab\'s post opens its parts so)', () => {
    const para = (topic: string): string =>
      `This paragraph is about ${topic}, and it says enough about ${topic} to be read as a paragraph of the essay's own text.`;
    const text = [
      '# Data policy',
      '',
      '## Key Takeaways',
      '',
      para('the summary'),
      '',
      '## Research considerations',
      '',
      para('the research'),
      '',
      '## Recommendations',
      '',
      para('what to do'),
      '',
    ].join('\n');
    const essay = parseEssay({ path: 'post.md', text });
    expect(essay.sections.map((section) => section.title)).toEqual(['Research considerations', 'Recommendations']);
    expect(essay.intro.map((paragraph) => paragraph.text)).toEqual([para('the summary')]);
  });
  it('takes the closing paragraph of a long last part for the conclusion also when it stands under a sub-heading with others (UBI Center)', () => {
    const { essay } = excerpt('tuning/f-ubicenter-uk-land-dividend', [1, 200]);
    expect(essay.conclusion?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'This analysis shows that pairing LVT with UBI can produce economically efficient, progressive redistribution.',
    ]);
  });
  it('takes a last heading that calls the reader to act ("Help Us Grow This Work") for the conclusion (WordPress.com)', () => {
    const { parts } = excerpt('tuning/m-wordpresscom-diverse-contributors', [1, 60]);
    expect(parts).toEqual(['Breaking Down Barriers', 'Why WordCamps?', 'conclusion: Help Us Grow This Work']);
  });
  it('reads "Introduction/Overview" as the context, and a heading above the sections’ level after the last of them as a last part, here the conclusion (josh.works)', () => {
    const { parts } = excerpt('tuning/r-joshworks-housing-market', [1, 240]);
    expect(parts[0]).toBe('Get rid of things that harm us');
    expect(parts.at(-1)).toBe('conclusion: How to actually accomplish all of this');
  });

  it('takes an unnumbered last part after a numbered set that follows an unnumbered first part for the conclusion (Scott Logic)', () => {
    const { parts } = excerpt('tuning/f-scottlogic-govtech-not-big-it', [1, 90]);
    expect(parts.at(0)).toBe('Are lessons being unlearnt?');
    expect(parts.at(-1)).toBe('conclusion: The best way to build good services is to start small and iterate');
  });

  it('takes an unnumbered last part after numbered ones ("1. Normalize challenges." … "Be the thermostat") for the conclusion (Postlight)', () => {
    const { parts } = excerpt('tuning/h-postlight-be-the-thermostat', [1, 146]);
    expect(parts).toEqual(['Normalize challenges', 'Frame the problem', 'Put a clear plan forward', 'conclusion: Be the thermostat']);
  });
  it('takes a line that starts with a brand’s inner capital ("eSports and gaming streams …") for a heading (The Motley Fool)', () => {
    const { parts } = excerpt('tuning/m-fool-esports-bets', [1, 520]);
    expect(parts.slice(0, 3)).toEqual([
      'eSports and gaming streams already have fantastic engagement',
      'Amazon is the streaming and eSports platform leader',
      'Activision Blizzard has a multi-pronged path to eSports success',
    ]);
  });
});

describe('sections pass: a last part that draws the lesson', () => {
  it('takes a last part whose first words draw the lesson of the whole for the conclusion, whatever its heading (μβ: "Going further, other critical angles" / "If you have one take-away from this post, …")', () => {
    const { essay } = excerpt('tuning/bb-besancon-entrepreneurial-state-review', [1, 64]);
    expect(essay.conclusion?.title).toBe('Going further, other critical angles');
    expect(essay.sections.map((section) => section.title)).not.toContain('Going further, other critical angles');
  });
});

describe('sections pass: claims quoted as sub-headings', () => {
  it('takes sub-headings that each quote a claim for a set, each its own part, under a parent that names none (azdavis.net: "Rebuttals to arguments against")', () => {
    const { essay } = excerpt('tuning/bb-azdavis-middle-housing', [1, 90]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'Benefits',
      '"This will make traffic and parking worse."',
      '"This will make single family housing illegal."',
      '"This will reduce the number of trees."',
      '"This will worsen the neighborhood character."',
      '"This will go against what current residents want."',
    ]);
    // (Its front matter's `desc` is the standfirst.)
    expect(essay.meta.subtitle).toBe('An email sent to my city council in support of more housing.');
  });
});

describe('sections pass: labelled parts and updates', () => {
  it('reads "Part 1: …" and "Part 2: …" lines as the sections, not the summary that opens with the same label, and updates after the text as the appendix (Grumpy Economist)', () => {
    const { essay } = excerpt('tuning/o-grumpyeconomist-free-market-vaccines', [1, 100]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'Part 1: Who should get the vaccine first?',
      'Part 2: The cost of perfection',
    ]);
    expect(essay.appendix[0]?.title).toBe('Update');
  });
});

describe('sections pass: batch p', () => {
  it('reads sub-headings that each tell the reader to do something as a set of recommendations, their parent’s text leading in (GovFresh)', () => {
    const { essay } = excerpt('tuning/p-govfresh-golden-state-dotgov', [1, 290]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'Distinguishing digital',
      'Exponential digital',
      'Example digital',
      'Pause ‘innovation’',
      'Appoint an empowered chief digital officer (and internet-era CTO)',
      'Move to single domain',
      'Publish a technology directive',
      'Implement spending controls',
      'Run assessments',
      'Measure and publish progress',
    ]);
    expect(essay.conclusion?.title).toBe('Onwards digital');
  });

  it('keeps a numbered parent a section whatever its sub-headings say: it is a member of the set of numbered parts (Anna Shipman: "2. Make things open" over "Talking about your work …", "Share what you learn")', () => {
    const { essay } = excerpt('tuning/aa-annashipman-six-years-gds', [1, 52]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'What is the user need?',
      'Make things open: it makes things better',
      'Do the hard work to make it simple (tech edition)',
    ]);
  });

  it('takes the levels from an outline’s numbering ("4.1.2.") where the heading marks drift, and strips the numbers (Internet Party)', () => {
    const { essay } = excerpt('tuning/p-internetparty-privacy-internet-freedom', [1, 240]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'PROBLEMS IDENTIFIED',
      'RELEVANT DATA / RESEARCH',
      'EXAMPLES OF GLOBAL LEADERSHIP',
      'Review surveillance laws',
      'Strengthen human rights protection',
      'Strengthen Internet freedom',
      'Implement Privacy Act reform',
    ]);
  });

  it('reads "Wrap-up" and "What happens now?" as concluding headings (Nick Lutsko, Digital Rights Watch)', () => {
    expect(excerpt('tuning/p-nicklutsko-carbon-tax-cap-trade', [1, 200]).essay.conclusion?.title).toBe('Wrap-up');
    expect(excerpt('tuning/p-digitalrightswatch-online-safety-inquiry', [1, 200]).essay.conclusion?.title).toBe('What happens now?');
  });

  it('reads "Overview of …" as the introduction (Healthcare Economist)', () => {
    const { essay } = excerpt('tuning/p-healthcareeconomist-compensating-differentials', [1, 60]);
    expect(essay.sections[0]?.title).toBe('Regional Variation in Wages');
  });
});

describe('sections pass: a last part that sums up', () => {
  it.each([
    ['tuning/g-worksinprogress-british-nuclear', 'The twilight of the technocrats'],
    ['tuning/c-aclu-facebook-tracking', 'Fix the surveillance economy, not just Facebook'],
    ['tuning/k-skynettoday-autonomous-driving', 'When will the driver become the driven?'],
  ])('reads the short last part of %s, mostly in words used before, as the conclusion', (essay, title) => {
    const parsed = excerpt(essay, [1, 2000]);
    expect(parsed.essay.conclusion?.title).toBe(title);
    expect(parsed.essay.sections.map((section) => section.title)).not.toContain(title);
  });

  it('keeps a last part as long as the others as a section (Stack Overflow: "It’s not all roses")', () => {
    const { essay } = excerpt('tuning/m-stackoverflow-why-rust', [1, 2000]);
    expect(essay.sections.at(-1)?.title).toBe('It’s not all roses');
  });
});

describe('sections pass: batch q', () => {
  it('reads "What We’re Left With" as a concluding heading (Free Law Project)', () => {
    const { essay } = excerpt('tuning/q-freelaw-pacer-billion', [1, 400]);
    expect(essay.conclusion?.title).toBe("What We're Left With");
  });
});

describe('sections pass: parents named "What … should do"', () => {
  it('reads "What Congress should do about …" as the parent of a set: its recommendations are the sections (Free Law Project)', () => {
    const { essay } = excerpt('tuning/q-freelaw-pacer-problem', [1, 400]);
    const titles = essay.sections.map((section) => section.title);
    expect(titles.slice(0, 3)).toEqual(['Litigation', 'Supplication', 'Agitation']);
    expect(titles).toContain('Congress should hold hearings on public access to electronic court records');
    expect(titles).not.toContain('What Congress should do about the PACER Problem');
    expect(essay.conclusion?.title).toBe('Finally');
  });
});

describe('sections pass: a set’s parent printed over its first member', () => {
  it('puts every numbered member under the parent, each its own part, not the first alone (Council for Relationships)', () => {
    // "Top Mental Health Tips for the New Year" / "Tip #1: Recognize Your Feelings" line under line, then "Tip #2: …" to
    // "Tip #5: …" each alone: the first tip had been a sub-heading of the parent, the others parts of their own.
    const titles = page('cfr-mental-health-tips').sections.map((section) => section.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Tip #1: Recognize Your Feelings', 'Tip #2: Learn to Say “No”', 'Tip #5: Choose Goals That Matter to You']),
    );
    expect(titles).not.toContain('Top Mental Health Tips for the New Year');
  });
});

describe('sections pass: a run of question headings', () => {
  it('counts the question right under the title as the run’s first heading (Partnership for Student Success)', () => {
    const essay = page('pss-academic-tutoring');
    // "Learn More: Academic Tutoring" / "What is Academic Tutoring?" / two paragraphs / "Why Implement Academic Tutoring?" / …
    expect(essay.sections.map((section) => section.title)).toEqual(['What is Academic Tutoring?', 'Why Implement Academic Tutoring?']);
  });
});

describe('sections pass: parts by topic keep a list whole', () => {
  // Every real essay of the tuning set that the pass cuts into parts by topic (no headings): no part
  // starts inside a list or right after the lead-in that opens it, and no list item closes the essay
  // as its conclusion. (The issue: "a lead-in line ending in a colon stays with its list".)
  const cutByTopic = loadFixtures(join(ROOT, 'test/corpus/tuning'))
    .map((fixture) => ({ name: fixture.name, essay: parseEssay(fixture.source) }))
    .filter(({ essay }) => essay.sections.length > 0 && essay.sections.every((section) => section.line === null));

  it('finds such essays to check', () => {
    expect(cutByTopic.length).toBeGreaterThan(10);
  });

  it.each(cutByTopic.map(({ name, essay }) => [name, essay] as const))('%s', (_, essay) => {
    const parts = [essay.intro, ...essay.sections.map((section) => section.paragraphs)];
    for (let k = 1; k < parts.length; k++) {
      const [last, first] = [parts[k - 1]?.at(-1), parts[k]?.[0]];
      if (!last || !first) continue;
      const splitsList = first.kind === 'item' && (last.kind === 'item' || /:\s*$/.test(last.text));
      expect(splitsList, `part ${k} opens with "${first.text.slice(0, 60)}" under "${last.text.slice(0, 60)}"`).toBe(false);
    }
    if (essay.conclusion?.line === null) expect(essay.conclusion.paragraphs[0]?.kind).not.toBe('item');
  });
});

describe('sections pass: headings in other languages', () => {
  it('reads a last heading that says these are the last words as the conclusion wherever it stands, what follows it the appendix (Open Nederland: "Tenslotte", then "Meedoen aan onze campagnes?")', () => {
    const { essay } = excerpt('tuning/be-opennederland-open-licenties', [1, 59]);
    expect(essay.conclusion?.title).toBe('Tenslotte');
    expect(essay.appendix.map((part) => part.title)).toEqual(['Meedoen aan onze campagnes?']);
    expect(essay.sections.map((part) => part.title)).not.toContain('Tenslotte');
  });

  it('reads "Closing: …" over the last part as its conclusion, as "In closing" (Climate Drift); not "Closing the gap …"', () => {
    const { essay } = excerpt('tuning/ba-climatedrift-vc-climate-tech', [1, 266]);
    expect(essay.conclusion?.title).toBe('Closing: stop being SaaS-y');
    // (Written for the test: "Closing" as a verb heads a part like any other.)
    const paragraph = 'Rural towns still wait for a line that the cities had a decade ago, and the gap keeps growing each year.';
    const text = [
      '# Broadband for all',
      '',
      '## Mapping the need',
      '',
      paragraph,
      '',
      paragraph,
      '',
      '## Paying for it',
      '',
      paragraph,
      '',
      paragraph,
      '',
      '## Closing the gap in rural areas',
      '',
      paragraph,
    ].join('\n');
    const written = parseEssay({ path: 'essay.md', text });
    expect(written.sections.map((part) => part.title)).toContain('Closing the gap in rural areas');
  });

  it('reads a German conclusion’s heading and a postscript’s, soft hyphens and all (Geschichte der Gegenwart)', () => {
    const { essay } = excerpt('tuning/aj-gdg-foucault-pandemie', [1, 260]);
    expect(essay.conclusion?.title.replace(/\u00ad/g, '')).toBe('Einige Schlussfolgerungen angesichts von Corona');
    expect(essay.appendix.map((part) => part.title.replace(/\u00ad/g, ''))).toEqual(['Nachtrag zu den Selbsttechniken']);
    expect(essay.sections.map((part) => part.title.replace(/\u00ad/g, ''))).toEqual([
      'Biopolitik',
      'Die Spur der Infektion',
      'Das Pest-Modell',
      'Das Pocken-Modell',
    ]);
  });
  it.each([
    'Fazit',
    'Ausblick',
    'Pour conclure',
    'Reflexiones finales',
    'Reflexión',
    'Réflexions',
    'Considerazioni finali',
    'Tot slot',
    'Un dernier mot',
    'A final word',
    'Ein letztes Wort',
    'Epílogo',
    'Épilogue',
    'Epilog',
    'Epilogue',
  ])('takes a last part headed “%s” for the conclusion', (heading) => {
    const text = `# Ein Titel\n\n## Erstens\n\nEin Absatz, der etwas sagt. Und noch ein Satz dazu.\n\n## Zweitens\n\nNoch ein Absatz, der etwas sagt. Und ein Satz mehr.\n\n## ${heading}\n\nDer letzte Absatz fasst zusammen. Er schließt.\n`;
    const essay = parseEssay({ path: 'essay.md', text });
    expect(essay.conclusion?.title).toBe(heading);
    expect(essay.sections.map((part) => part.title)).toEqual(['Erstens', 'Zweitens']);
  });
});

describe('sections pass: a last word', () => {
  it('takes "Un dernier mot" for the conclusion, not a part (Exodus Privacy, a Markdown source)', () => {
    const { essay } = excerpt('tuning/bf-exodus-avortement-vie-privee', [1, 84]);
    expect(essay.conclusion?.title).toBe('Un dernier mot');
    expect(essay.sections.map((part) => part.title)).not.toContain('Un dernier mot');
  });
});

describe('sections pass: the author’s section breaks in an essay without headings', () => {
  it('cuts the text where the author set "• • •" between paragraphs (Boston Review)', () => {
    const { essay } = excerpt('tuning/ai-bostonreview-pulse-oximeter-bias', [1, 312]);
    // The breaks stand on lines 39, 70 and 102; a part starts under each.
    const starts = essay.sections.map((section) => section.paragraphs[0]?.lines.start);
    for (const line of [41, 72, 104]) expect(starts, `line ${line}`).toContain(line);
    expect(essay.sections.length).toBeLessThanOrEqual(5);
  });
});

describe('sections pass: a context and a conclusion of more than one sentence in an essay without headings', () => {
  it('gives a closing paragraph of one sentence the paragraph before it, as the conclusion (The Socratic Form, lines 76 and 78)', () => {
    const { essay } = excerpt('tuning/ac-socraticform-central-banks-wages', [1, 84]);
    expect(essay.conclusion?.paragraphs.map((paragraph) => paragraph.lines.start)).toEqual([76, 78]);
    expect(essay.conclusion?.paragraphs.at(-1)?.sentences).toHaveLength(1);
  });

  it('gives an opening paragraph of one sentence the paragraph under it, as the context (Back of Mind, lines 12 and 14)', () => {
    const { essay } = excerpt('tuning/v-backofmind-cognitive-hysteresis', [1, 93]);
    expect(essay.intro.map((paragraph) => paragraph.lines.start)).toEqual([12, 14]);
    expect(essay.intro[0]?.sentences).toHaveLength(1);
  });
});

describe('sections pass: a parent whose own text announces its sub-headings as a set', () => {
  it('makes each sub-heading a section when the parent’s text ends leading into "a number of key areas" (Made Tech)', () => {
    const { parts } = excerpt('tuning/ah-madetech-ir35-supplier', [1, 60]);
    expect(parts).toEqual([
      'The Story So Far',
      'Now what?',
      'Location',
      'Communication',
      'Team consistency',
      'Experience working with large organisations',
    ]);
  });
});

describe('sections pass: a closing quip', () => {
  it('gives a closing sentence of a few words the paragraph before it, as the conclusion (The Commercial Appeal, lines 55 and 57)', () => {
    const { essay } = excerpt('tuning/t-commercialappeal-meditation', [1, 74]);
    expect(essay.conclusion?.paragraphs.map((paragraph) => paragraph.lines.start)).toEqual([55, 57]);
    expect(essay.conclusion?.paragraphs.at(-1)?.text).toBe('Sometimes, that is where change begins.');
  });
});

describe('sections pass: a closing part the author sets off by a break after the last section', () => {
  const para = (n: number, topic: string): string =>
    `Paragraph ${n} argues about ${topic} at some length, with a claim, a reason and an example that carry the argument on.`;
  const text = [
    '# Three Options for the Water Utilities',
    '',
    para(1, 'the problem'),
    '',
    '## Merge the small systems',
    '',
    para(2, 'merging'),
    '',
    para(3, 'merging'),
    '',
    '## Share the pipes',
    '',
    para(4, 'sharing'),
    '',
    para(5, 'sharing'),
    '',
    para(6, 'sharing'),
    '',
    '* * *',
    '',
    'So where does this leave the states? Each option costs money, and none works alone.',
    '',
    'The states that act first will pay least, and their residents will drink safer water.',
  ].join('\n');

  it('makes the paragraphs after the break the conclusion, not the last section’s', () => {
    const essay = parseEssay({ path: 'essay.md', text });
    expect(essay.sections.map((section) => section.title)).toEqual(['Merge the small systems', 'Share the pipes']);
    expect(essay.conclusion?.paragraphs.map((paragraph) => paragraph.text.slice(0, 20))).toEqual([
      'So where does this l',
      'The states that act ',
    ]);
    expect(essay.sections[1]?.paragraphs).toHaveLength(3);
  });
});

describe('sections pass: a call to act over sub-headings of its own', () => {
  const paragraph = (subject: string): string =>
    `${subject} matters more than anything else in a project of this kind, and we learned it the hard way over three years of work.`;
  const essay = (last: string): string =>
    [
      '# The End of the Second Act',
      '',
      paragraph('The opening'),
      '',
      '## The first act',
      '',
      paragraph('The first act'),
      '',
      '## The second act',
      '',
      paragraph('The second act'),
      '',
      `## ${last}`,
      '',
      'Here is what each of you can do about it, whoever you are and wherever you work:',
      '',
      '### Government staff',
      '',
      paragraph('Government staff'),
      '',
      '### Vendors',
      '',
      paragraph('Vendors'),
      '',
      '### Funders',
      '',
      paragraph('Funders'),
    ].join('\n');

  it('makes each sub-heading under "What You Can Do" a part of its own, not the whole the conclusion', () => {
    const parsed = parseEssay({ path: 'essay.md', text: essay('What You Can Do') });
    expect(parsed.sections.map((section) => section.title)).toEqual([
      'The first act',
      'The second act',
      'Government staff',
      'Vendors',
      'Funders',
    ]);
    expect(parsed.conclusion?.title).not.toBe('What You Can Do');
  });

  it('keeps a last heading that looks ahead the conclusion, its sub-headings its own ("The road ahead", CarbonPlan)', () => {
    const parsed = parseEssay({ path: 'essay.md', text: essay('The road ahead') });
    expect(parsed.conclusion?.title).toBe('The road ahead');
  });
});

describe('sections pass: a parent that asks how it may be done, or names a set in another language', () => {
  it('reads the answers under "What Might the Tech Stack Look Like?" as the sections; the last part after them stays one when the author’s break sets its closing apart (Vidya)', () => {
    // 199 "## What Might the Tech Stack Look Like?" over six "###" layers; 327 "## Outstanding Questions"; 351 "---", then the closing paragraph.
    const { essay } = excerpt('tuning/y-vidya-secure-online-voting', [1, 356]);
    const titles = essay.sections.map((section) => section.title);
    expect(titles).toContain('API: Spring Boot');
    expect(titles).not.toContain('What Might the Tech Stack Look Like?');
    expect(titles.at(-1)).toBe('Outstanding Questions');
    expect(essay.conclusion).toMatchObject({ line: null });
    expect(essay.conclusion?.paragraphs[0]?.text).toMatch(/^It will take a historical effort/);
  });

  it('reads the options under "Wie kann der Staat den Haushalt finanzieren?" and "Politische Ideen" as sections, the last of them no conclusion (Martin Thoma)', () => {
    const { essay } = excerpt('tuning/ba-martinthoma-staatsfinanzen', [1, 395]);
    const titles = essay.sections.map((section) => section.title);
    expect(titles.slice(0, 5)).toEqual([
      'Wie steht es um die deutsche Wirtschaft?',
      'Schulden machen',
      'Steuern erhöhen',
      'Vermögenssteuer reaktivieren',
      'Geltendes Recht effektiv durchsetzen',
    ]);
    expect(titles).toContain('Strom');
    expect(titles.at(-1)).toBe('Prozessverbesserungen');
    expect(essay.conclusion?.title).not.toBe('Prozessverbesserungen');
  });
});

describe('sections pass: parts set a level deeper before the first of the top level', () => {
  it('reads "##" headings before the first "#" as parts beside the "#" ones, not the context (Open Evidence)', () => {
    // 27 "## A Dot Gov Address", 31 "## Browsing the Whole Catalog", 45 "## Integration with …"; 57 "# ORCID IDs", 61, 78 "# New Weirdnesses" over "##" sub-headings, 113 "# Conclusion".
    const { essay } = excerpt('tuning/ay-openevidence-standard-application-process', [1, 117]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'A Dot Gov Address',
      'Browsing the Whole Catalog',
      'Integration with the Federal Data Catalog',
      'ORCID IDs',
      'Evidence Act Transparency Requirements',
      'New Weirdnesses',
    ]);
    expect(essay.intro.map((paragraph) => paragraph.lines.start)).not.toContain(29);
    expect(essay.sections[5]?.paragraphs.some((paragraph) => paragraph.subheading === 'Security Overkill')).toBe(true);
  });
});
