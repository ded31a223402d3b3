import { describe, expect, it } from 'vitest';
import { bioSubject, bioSubjects, copyrightHolder, namesAlone, parseNameList, ROLE_LINE, writersAlone } from '../../src/essay/authors.js';
import { makeBlock } from '../../src/essay/blocks.js';

const line = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);

/** Lines of the sweep's page copies (tiptopjaw/web-content-extraction-benchmark, study half), exactly as rendered. */
describe('bioSubjects in the other languages', () => {
  it('finds each person a Spanish bio introduces with "es" (La Nación)', () => {
    expect(
      bioSubjects(
        'Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado administrativista y analista internacional',
      ),
    ).toEqual(['Andrés Malamud', 'Martín Schapiro']);
  });
});

describe('namesAlone: a line that is a writer’s name and nothing else', () => {
  it.each(['Jordana Cepelewicz', 'Miguel Zabludovsky', 'Sandra Boicheva'])('%s is a name', (text) => {
    expect(namesAlone(line(text))).toEqual([text]);
  });

  it('reads a headline opening with an article of the deck’s other languages as no name, its "der" no particle ("Die Freiheit der Planung", Urania), and names with particles or short first names as names', () => {
    for (const text of ['Die Freiheit der Planung', 'Das Ende der Geschichte', 'Los Límites Del Poder', 'Het Einde Van Europa'])
      expect(namesAlone(line(text))).toBeNull();
    for (const text of ['Ursula von der Leyen', 'Les Paul', 'Ilse Aigner']) expect(namesAlone(line(text))).toEqual([text]);
  });

  it('reads a headline holding a clause’s word of the deck’s other languages as no name, in capitals too ("DAS PATRIARCHAT ALS KULTURTECHNIK", Pinkstinks), and names with the particles of those languages as names', () => {
    for (const text of ['DAS PATRIARCHAT ALS KULTURTECHNIK', 'Leben Mit Der Krise', 'Vivre Avec La Peur'])
      expect(namesAlone(line(text))).toBeNull();
    for (const text of ['Jean de La Fontaine', 'Gabriel García Márquez']) expect(namesAlone(line(text))).toEqual([text]);
  });

  it('reads a team’s list of five names with commas as names, longer than a byline of two (ISW), but no headline in title case with a comma', () => {
    expect(namesAlone(line('Karolina Hird, George Barros, Grace Mappes, Madison Williams, and Frederick W. Kagan'))).toEqual([
      'Karolina Hird',
      'George Barros',
      'Grace Mappes',
      'Madison Williams',
      'Frederick W. Kagan',
    ]);
    expect(namesAlone(line('Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos'))).toBeNull();
  });

  it('reads a byline’s label over a handle as no name, not the label and the handle for a first name and a surname (L’Obs: "Par Lauresalmona")', () => {
    for (const text of ['Par\u00a0Lauresalmona', 'By Jsmith', 'Von Hmueller']) expect(namesAlone(line(text))).toBeNull();
    // (Nor the lead after the section's name, the writer on the next line: Jungle World's "Disko Von" / "Ernst Lohoff".)
    expect(namesAlone(line('Disko Von'))).toBeNull();
    expect(namesAlone(line('Jane Doe'))).toEqual(['Jane Doe']);
  });

  it('reads a name with its credential after a comma, the credential’s stop no sentence’s end (accounting.com)', () => {
    expect(namesAlone(line('Genevieve Carlton, Ph.D.'))).toEqual(['Genevieve Carlton']);
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
    // A blog's button under the title and reading time (karl-voit.at).
    'Show Sidebar',
  ])('%s is no name', (text) => {
    expect(namesAlone(line(text))).toBeNull();
  });

  // (Nyaypurti's title, printed over its byline; the text never writes "understanding" in lower case.)
  const none = { has: () => false };
  it('reads a headline opening with a word in "-ing" too long for a first name as no name, whatever words the text writes', () => {
    expect(namesAlone(line('Understanding Uniform Civil Code'), none)).toBeNull();
    expect(namesAlone(line('Sterling Morrison'), none)).toEqual(['Sterling Morrison']);
  });
});

/** The sweep's study half: a blog's category beside the post's date, taken for its writer. */
describe('writersAlone: a line of writers’ names for a byline', () => {
  // The words a text writes in lower case (src/essay/state.ts), here of a few of its sentences.
  const vocabulary = (text: string) => ({ has: (word: string) => text.toLowerCase().split(/\W+/).includes(word) });
  // (optimantra.com: "Patient Recruitment" beside the date, over a post on recruiting patients for trials.)
  const trials = vocabulary('Sites that start early run faster trials, and recruitment costs fall.');

  it('refuses a label in title case when the text writes one of its words in lower case ("Patient Recruitment")', () => {
    expect(namesAlone(line('Patient Recruitment'), trials)).toEqual(['Patient Recruitment']);
    expect(writersAlone(line('Patient Recruitment'), trials)).toBeNull();
  });

  it('keeps a name whose words the text does not use', () => {
    expect(writersAlone(line('Lauren Vetter'), trials)).toEqual(['Lauren Vetter']);
  });
});

/** Footer lines of the corpus's page copies, exactly as copied. */
describe('copyrightHolder: who holds the copyright', () => {
  it('reads a site’s address as the holder, its writers after "and" as none of it, and a month before the year as the date’s (Página/12, Boston Review, Urban Institute), but a name ending as a month does as the name', () => {
    expect(copyrightHolder('© 2000-2024 www.pagina12.com.ar')).toBe('pagina12.com.ar');
    expect(copyrightHolder('Copyright © 1993-2020 Boston Review and its authors.')).toBe('Boston Review');
    expect(copyrightHolder('Copyright © Urban Institute May 2017. View this project on Github.')).toBe('Urban Institute');
    expect(copyrightHolder('© Theresa May 2019')).toBe('Theresa May');
    expect(copyrightHolder('© 2019 Jane May')).toBe('Jane May');
    // (A theme's credit after two slashes, Price Roads; the article of a sentence, in lower case, CSIS; "The" of a name stays.)
    expect(copyrightHolder('© by Price Roads, 2013 // Theme: ilisa by pixxels.at')).toBe('Price Roads');
    expect(copyrightHolder('© 2022 by the Center for Strategic and International Studies. All rights reserved.')).toBe(
      'Center for Strategic and International Studies',
    );
    expect(copyrightHolder('© 2024 The Atlantic')).toBe('The Atlantic');
    // (A label's other word is no holder: Real World Data Science's "Copyright and licence" over "© 2025 Royal Statistical Society".)
    expect(copyrightHolder('Copyright and licence')).toBeNull();
    // (Nor a legal status, WyoFile's footer; a name that holds the word is a name.)
    expect(copyrightHolder('© 2025 Registered 501(c)(3). EIN: 27-0410642 Powered by Newspack')).toBeNull();
    expect(copyrightHolder('© 2024 Nonprofit Quarterly')).toBe('Nonprofit Quarterly');
    // (Years listed with commas, after the holder or before it; lines written for the test.)
    expect(copyrightHolder('Copyright © Example Media LLC, 2016, 2017')).toBe('Example Media LLC');
    expect(copyrightHolder('Copyright © 2016, 2017 Example Press')).toBe('Example Press');
  });

  it('leaves the comma before "All Rights Reserved" out of the holder ("© Copyright 2005 OSTG Open Source Technology Group, All Rights Reserved.", freshmeat.net)', () => {
    expect(copyrightHolder('© Copyright 2005 OSTG Open Source Technology Group, All Rights Reserved.')).toBe(
      'OSTG Open Source Technology Group',
    );
  });

  it.each([
    ['© 2015 TPM Media LLC. All Rights Reserved.', 'TPM Media LLC'],
    // (The footer's links after a middle dot are not the holder's.)
    ['© 2025 Dan Davies · Privacy ∙ Terms ∙ Collection notice', 'Dan Davies'],
    // A link about copyright, or a year alone, names nobody.
    ['Copyright Policy', null],
    ['Copyright Permissions', null],
    ['© Copyright 2025. All Rights Reserved - Ogden Publications, Inc.', null],
    // "Copyrights", and a dash before "All rights reserved" (dynamicbusiness.com, allenai.org: the sweep's study half).
    ['© Copyrights 2020 by Dynamic Business - All rights reserved.', 'Dynamic Business'],
    // The mark after the year (davidbau.com).
    ['Copyright 2025 © David Bau. All Rights Reserved.', 'David Bau'],
    ['© The Allen Institute for Artificial Intelligence - All Rights Reserved.', 'The Allen Institute for Artificial Intelligence'],
    // A year and the reservation alone (Carnegie, x-carnegie-tax-capital-inflows, line 1071).
    ['© 2020 All Rights Reserved', null],
    // The years after the holder (spiked, ab-spiked-obama-mania, line 219).
    ['© spiked 2000-2008 All rights reserved. Terms and conditions.', 'spiked'],
    // …and a theme's credit after a dash (Framablog, ab-framasoft-contribution-camp, line 477).
    ['© 2018 Framablog - WordPress Theme by Kadence Themes', 'Framablog'],
    // …and no holder named, only the writers' role (ACM Queue, ab-acmqueue-memory-safety-skeptics, line 220).
    ['Copyright © 2025 held by author. Publication rights licensed to ACM.', null],
    // A stop after the year (Washington Examiner, n-washingtonexaminer-prince-andrew-interview, line 231; IoT Insider, line 203).
    ['Copyright 2019. Washington Examiner. All Rights Reserved.', 'Washington Examiner'],
    ['Copyright 2022. IOT Insider. Built by Strategies.', 'IOT Insider'],
    // The holder first, the sign after it (Daily Maverick, line 169; Nyaypurti Foundation, line 107, with "@" for the sign).
    ['Daily Maverick © All rights reserved', 'Daily Maverick'],
    ['Nyaypurti Foundation @ 2025', 'Nyaypurti Foundation'],
    // …but not a picture's credit, nor a holder with more after the year (Fast Company, line 150).
    ['Photo: Jane Doe ©', null],
    ['Fast Company & Inc © 2022 Mansueto Ventures, LLC', null],
    // A date after the holder, its day cut off at the stop (Ökonomenstimme, as-oekonomenstimme-keynes-multiplikator, line 101).
    ['©KOF ETH Zürich, 21. Jan. 2015', 'KOF ETH Zürich'],
  ])('%s', (text, holder) => {
    expect(copyrightHolder(text)).toBe(holder);
  });
});

describe('parseNameList: the people a byline names', () => {
  it('keeps the stop of a generational suffix, as of an initial (FiveThirtyEight: "By Perry Bacon Jr.")', () => {
    expect(parseNameList('Perry Bacon Jr.')).toEqual(['Perry Bacon Jr.']);
    expect(parseNameList('Marty S.')).toEqual(['Marty S.']);
    expect(parseNameList('Jane Doe.')).toEqual(['Jane Doe']);
  });
  it('leaves out the marks after a name that point to a note on the writer (Lado B: "Camerino Eleazar Márquez Madrid*")', () => {
    expect(parseNameList('Camerino Eleazar Márquez Madrid*')).toEqual(['Camerino Eleazar Márquez Madrid']);
    expect(parseNameList('Ana Ruiz¹ and Tom Lee²')).toEqual(['Ana Ruiz', 'Tom Lee']);
    expect(parseNameList('Jane Doe† & John Roe‡')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('leaves out a Spanish professional title with its stop (IMPLAN Torreón: "Arq. Ángeles Melisa Rodríguez Salas")', () => {
    expect(parseNameList('Arq. Ángeles Melisa Rodríguez Salas')).toEqual(['Ángeles Melisa Rodríguez Salas']);
  });
  it('leaves out a military rank before a name (Air University Review: "Major Owen E. Jensen")', () => {
    expect(parseNameList('Major Owen E. Jensen')).toEqual(['Owen E. Jensen']);
    expect(parseNameList('Lt. Col. Jane Doe')).toEqual(['Jane Doe']);
    expect(parseNameList('Lieutenant Colonel Jane Doe and Captain John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });
  it('leaves out the credentials after a name, with or without their commas (Healthline)', () => {
    expect(parseNameList('Rachael Link, MS, RD')).toEqual(['Rachael Link']);
    expect(parseNameList('Rachael Link MS RD')).toEqual(['Rachael Link']);
    expect(parseNameList('Timothy J. Legg, PhD, CRNP')).toEqual(['Timothy J. Legg']);
  });

  it('leaves out an office or a degree set before a name (New York City\'s Public Advocate: "Public Advocate Betsy Gotbaum")', () => {
    expect(parseNameList('Public Advocate Betsy Gotbaum')).toEqual(['Betsy Gotbaum']);
    expect(parseNameList('Senator Jane Doe and Dr. John Roe')).toEqual(['Jane Doe', 'John Roe']);
    // (Not a name that only begins like one: "Mayoral Jones" is no office.)
    expect(parseNameList('Mayoral Jones')).toEqual(['Mayoral Jones']);
  });

  it('reads a job title in German, French or Spanish after a name as the role, not a second name, but keeps a surname that is such a word (Hanns-Seidel-Stiftung)', () => {
    expect(parseNameList('Uta Staschewski, Projektleiterin der HSS in Tunesien')).toEqual(['Uta Staschewski']);
    expect(parseNameList('Marie Dupont, chargée de recherche au CNRS')).toEqual(['Marie Dupont']);
    expect(parseNameList('Ana Ruiz, investigadora del CONICET')).toEqual(['Ana Ruiz']);
    expect(parseNameList('Karl Sprecher')).toEqual(['Karl Sprecher']);
  });

  it('keeps a surname that is also a credential’s letters, written as a word', () => {
    expect(parseNameList('Jack Ma')).toEqual(['Jack Ma']);
  });
});

describe('ROLE_LINE: a job title under a name', () => {
  // dev.37signals.com: "Kimberly Rhodes" / "Digital Content Producer" / "Fernando Olivares" / "Senior Programmer, Mobile".
  it.each(['Digital Content Producer', 'Senior Programmer, Mobile', 'Principal Programmer'])('%s is a role', (text) => {
    expect(ROLE_LINE.test(text)).toBe(true);
  });
});

/** Lines under news pages' text (postlight/parser's fixtures: recode.net, broadwayworld.com), exactly as rendered. */
describe('bioSubject: the person a bio opens with', () => {
  it('reads the name a bio opens with', () => {
    expect(bioSubject('Mark Tokola is the Vice President of the Korea Economic Institute of America.')).toBe('Mark Tokola');
  });

  it('reads a credit under the text that says who wrote it and what they are, honorific left out (Lahore School of Economics)', () => {
    const credit =
      'This article is written by Dr. Rashid Amjad, professor & Head Graduate Institute of Development Studies (GIDS) at the Lahore School of Economics and former VC of the Pakistan Institute of Development Economics.';
    expect(bioSubject(credit)).toBe('Rashid Amjad');
    expect(bioSubjects(credit)).toEqual(['Rashid Amjad']);
    // (A sentence of the text about what someone wrote is none.)
    expect(bioSubject('This article is written by Dr. Amjad in a hurry, and it shows.')).toBeNull();
  });

  it('reads two writers’ joint bio, by first names, when a role follows ("Satya and Pranay are researchers …", Takshashila)', () => {
    const bio =
      'Satya and Pranay are researchers with the High-Tech Geopolitics programme at the Takshashila Institution, Bangalore. For the latest research updates from Takshashila Institution, visit https://takshashila.org.in/';
    expect(bioSubject(bio)).toBe('Satya and Pranay');
    expect(bioSubjects(bio)).toEqual(['Satya', 'Pranay']);
    expect(bioSubject('Democrats and Republicans are divided over the bill at the state level.')).toBeNull();
  });

  it.each([
    'This Article has a component height of 13. The sidebar size is medium.',
    "The American Theatre Wing (Heather Hitchens, President and CEO) is dedicated to advancing artistic excellence and nurturing theatre's next generation: on the stage, behind the scenes, and in the audience. For nearly a century, the Wing has pursued this mission with programs that span the nation to invest in the growth and evolution of American Theatre. Traditionally, the Wing has encouraged members of the theatre community to share their off-stage time and talent directly with the theatre audience at large--whether it was singing for the troops in the Stage Door Canteen of the 1940s, or sharing their stories on a podcast today. As the founders of The Tony Awards®, the American Theatre Wing has developed the foremost national platform for the recognition of theatrical achievement on Broadway. Yet the Wing's reach extends beyond Broadway and beyond New York. The American Theatre Wing is now in a long-term partnership with The Village Voice to co-present The Obie Awards, off-Broadway's Highest Honor. The Wing also develops the next generation of theatre professionals through the SpringboardNYC and Theatre Intern Network programs, incubates innovative theatre across the country through the National Theatre Company Grants, fosters the song of American theatre through the Jonathan Larson Grants, honors the best in New York theatrical design with the Henry Hewes Design Award, illuminates the creative process through the \"Working in the Theatre\" program and media archive. Finally, the Wing supports theatre education opportunities for underserved young people and under-resourced public schools around the United States with the newly launched Andrew Lloyd Webber Initiative. Visitors to AmericanTheatreWing.org can gain inspiration and insight into the artistic process through the Wing's extensive media collection, and learn more about its programming for students, aspiring and working professionals, and audiences.",
  ])('finds no person in a sentence about a thing: %s', (text) => {
    expect(bioSubject(text)).toBeNull();
  });
});
