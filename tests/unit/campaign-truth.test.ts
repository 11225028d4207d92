import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/lib/campaigns/read-campaigns.ts';
import { readEnvironment } from '../../src/lib/config/environment.ts';

/**
 * The truth rule over every campaign definition (content/campaigns/*.json): each value is a
 * quotation found verbatim (whitespace normalised) in its plan's text, words checked against
 * the quotation next to them, a figure labelled demo, or the portal's own setting with its
 * note. A value that is none of these — a new invented fact — fails, named by its path.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };
type Citation = { file: string; section: string; quote: string; en: string };

const plansDir = readEnvironment({}).SHARED_PLANS_DIR;
const planText = new Map(
  readdirSync(plansDir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => [file, plainText(readFileSync(path.join(plansDir, file), 'utf8'))]),
);
const anyPlan = [...planText.values()].join('\n');

/** Words compared as a reader reads them: case and the plans' abbreviations aside. */
const loose = (text: string) =>
  plainText(text)
    .toLowerCase()
    .replace(/\bubnd\b/g, 'ủy ban nhân dân')
    .replace(/\bmttq\b/g, 'mặt trận tổ quốc')
    .replace(/- /g, '-');

const quoted = (citation: Citation) => plainText(citation.quote);

/** Every number, date or document number in a text: "05/11/2024", "2024", "08". */
const figures = (text: string) => text.match(/\d[\d/.-]*\d|\d/g) ?? [];

/** The plans' words for each closed value a quotation must contain. */
const wordsFor: Record<string, string[]> = {
  poor: ['hộ nghèo'],
  near_poor: ['hộ cận nghèo'],
  disaster_affected: ['thiên tai'],
  meritorious_family: ['người có công'],
  martyr_relative: ['thân nhân liệt sĩ'],
  other_hardship: ['hộ khó khăn'],
  new_build: ['xây mới'],
  repair: ['sửa chữa'],
  collective: ['tập thể'],
  household: ['hộ gia đình'],
  individual: ['cá nhân'],
};

const problems: string[] = [];
const claimed = new Set<string>();

function check(at: string, ok: boolean, why: string) {
  claimed.add(at);
  if (!ok) problems.push(`${at}: ${why}`);
}

function citationAt(at: string, citation: Citation) {
  for (const key of ['file', 'section', 'quote', 'en']) claimed.add(`${at}.${key}`);
  const text = planText.get(citation.file);
  if (!text) return problems.push(`${at}: no plan ${citation.file}`);
  const where = text.indexOf(quoted(citation));
  if (where < 0) return problems.push(`${at}: the quote is not in ${citation.file}`);
  // Never cut mid-sentence: a quote ends with its sentence or clause (a title, with the title).
  const next = text.slice(where + quoted(citation).length).trimStart()[0];
  const ended = /[.;:)”…]$/.test(quoted(citation)) || next === undefined || ',.;:)”('.includes(next);
  if (!ended && citation.section !== 'tên kế hoạch') problems.push(`${at}: the quote is cut mid-sentence`);
}

/** Words in the plan's own form: found in the quote next to them. */
function wordsIn(at: string, words: string, citation: Citation) {
  check(at, quoted(citation).includes(plainText(words)), `“${words}” is not in its quote`);
}

/** A rendering of the quote: it may rephrase, but holds no figure the quote does not. */
function figuresFrom(at: string, text: string, citation: Citation) {
  const missing = figures(text).filter((figure) => !quoted(citation).includes(figure));
  check(at, missing.length === 0, `${missing.join(', ')} not in its quote`);
}

function valuesNamed(at: string, values: string[], citation: Citation) {
  values.forEach((value, index) =>
    check(
      `${at}.${index}`,
      (wordsFor[value] ?? [value]).some((words) => loose(citation.quote).includes(words)),
      `its quote does not name ${value}`,
    ),
  );
}

/** What a plan says of itself, checked against its whole text (any plan for the national one). */
function identity(campaign: Node) {
  const text = typeof campaign.sourceFile === 'string' ? planText.get(campaign.sourceFile)! : anyPlan;
  claimed.add('sourceFile');
  claimed.add('id');
  claimed.add('householdCodePrefix'); // the portal's own codes
  const name = campaign.name as Node;
  const title = /“(.+)”/.exec(name.vi as string)?.[1];
  check('name.vi', !!title && loose(text).includes(loose(title)), 'its quoted title is not in the plan');
  claimed.add('name.en');
  const issuer = (campaign.issuer as Node).vi as string;
  const issuerPlace = issuer.replace(/^(Chủ tịch )?UBND /, '').split(',')[0]!;
  check('issuer.vi', loose(text).includes(loose(issuerPlace)), `“${issuerPlace}” is not in the plan`);
  claimed.add('issuer.en');
  if (campaign.documentNumber !== null)
    check('documentNumber', text.includes(campaign.documentNumber as string), 'not in the plan');
  else claimed.add('documentNumber');
  const date = campaign.documentDate as string | null;
  if (date) {
    const [year, month, day] = date.split('-').map(Number);
    const written = day
      ? `ngày ${day} tháng ${month} năm ${year}`
      : month
        ? `tháng ${month} năm ${year}`
        : `năm ${year}`;
    check(
      'documentDate',
      loose(text).includes(written) || (!!day && text.includes(`${day}/${month}/${year}`)),
      `“${written}” is not in the plan`,
    );
  } else claimed.add('documentDate');
  const basis = (campaign.basis as Node).vi as string;
  const references = basis.match(/số [\w./-]+|ngày \d+\/\d+\/\d+/g) ?? [];
  check(
    'basis.vi',
    references.length > 0 && references.every((reference) => loose(text).includes(loose(reference))),
    'cites a document or date the plan does not',
  );
  claimed.add('basis.en');
}

function terms(campaign: Node) {
  const area = campaign.area as Node | null;
  if (area) {
    // The unit code is the portal's identification of the area the plan names in its quote.
    claimed.add('area.era');
    claimed.add('area.code');
    citationAt('area.citation', area.citation as Citation);
  } else claimed.add('area');

  const words = campaign.periodWords as Node;
  const when = words.when as Node;
  citationAt('periodWords.citation', words.citation as Citation);
  wordsIn('periodWords.when.vi', when.vi as string, words.citation as Citation);
  claimed.add('periodWords.when.en');
  // The counted days are the portal's setting, and its note says so, naming them.
  const counting = words.counting as Node;
  const period = campaign.period as Node;
  const day = (iso: string) => iso.split('-').reverse().join('/');
  for (const end of ['start', 'end'])
    check(
      `period.${end}`,
      (counting.vi as string).includes(day(period[end] as string)),
      'the portal’s note on counting does not name it',
    );
  check('periodWords.counting.vi', /[Cc]ổng thông tin|[Cc]ổng tính/.test(counting.vi as string), 'not labelled');
  check('periodWords.counting.en', /[Tt]he portal/.test(counting.en as string), 'not labelled');

  (campaign.milestones as Node[]).forEach((milestone, i) => {
    const at = `milestones.${i}`;
    const citation = milestone.citation as Citation;
    citationAt(`${at}.citation`, citation);
    claimed.add(`${at}.kind`);
    wordsIn(`${at}.when.vi`, (milestone.when as Node).vi as string, citation);
    claimed.add(`${at}.when.en`);
    figuresFrom(`${at}.what.vi`, (milestone.what as Node).vi as string, citation);
    figuresFrom(`${at}.what.en`, (milestone.what as Node).en as string, citation);
  });

  (campaign.beneficiaries as Node[]).forEach((ground, i) => {
    citationAt(`beneficiaries.${i}.citation`, ground.citation as Citation);
    valuesNamed(`beneficiaries.${i}.categories`, ground.categories as string[], ground.citation as Citation);
  });
  const support = campaign.supportTypes as Node;
  citationAt('supportTypes.citation', support.citation as Citation);
  valuesNamed('supportTypes.types', support.types as string[], support.citation as Citation);

  // No plan sets an amount per home: each is demo, or carries the decision that sets it.
  (campaign.supportAmounts as Node[]).forEach((row, i) => {
    const ok = row.demo === true || row.source !== null;
    for (const key of Object.keys(row)) check(`supportAmounts.${i}.${key}`, ok, 'neither demo nor sourced');
    for (const key of ['categories', 'source'])
      if (Array.isArray(row[key]) || (row[key] && typeof row[key] === 'object'))
        for (const inner of Object.keys(row[key] as Node)) claimed.add(`supportAmounts.${i}.${key}.${inner}`);
  });

  (campaign.recognition as Node[]).forEach((level, i) => {
    const at = `recognition.${i}`;
    claimed.add(`${at}.level`);
    citationAt(`${at}.citation`, level.citation as Citation);
    (level.forms as Node[]).forEach((form, j) => {
      const citation = (form.citation ?? level.citation) as Citation;
      if (form.citation) citationAt(`${at}.forms.${j}.citation`, citation);
      check(`${at}.forms.${j}.vi`, loose(citation.quote).includes(loose(form.vi as string)), 'not in its quote');
      claimed.add(`${at}.forms.${j}.en`);
      if (form.recipients === null) claimed.add(`${at}.forms.${j}.recipients`);
      else valuesNamed(`${at}.forms.${j}.recipients`, form.recipients as string[], citation);
    });
  });

  ((campaign.provisions ?? []) as Node[]).forEach((provision, i) => {
    const citation = provision.citation as Citation;
    citationAt(`provisions.${i}.citation`, citation);
    claimed.add(`provisions.${i}.topic`);
    claimed.add(`provisions.${i}.dossierPart`);
    figuresFrom(`provisions.${i}.what.vi`, (provision.what as Node).vi as string, citation);
    figuresFrom(`provisions.${i}.what.en`, (provision.what as Node).en as string, citation);
  });
}

/** Every leaf's path, arrays by index: `milestones.0.when.vi`. */
function leaves(value: Json, at = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner as Json, at ? `${at}.${key}` : key));
  return [at];
}

/** Runs the rule over one definition; returns the problems, each named by path. */
function truthProblems(campaign: Node): string[] {
  problems.length = 0;
  claimed.clear();
  identity(campaign);
  terms(campaign);
  const unclaimed = leaves(campaign).filter(
    (leaf) => ![...claimed].some((done) => leaf === done || leaf.startsWith(`${done}.`)),
  );
  return [...problems, ...unclaimed.map((leaf) => `${leaf}: neither quoted from a plan nor the portal’s setting`)];
}

const folder = path.resolve('content/campaigns');
const definitions = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Node] as const);

describe('the truth rule over every campaign definition', () => {
  it.each(definitions)('%s states only what its plan says, demo figures, or the portal’s own settings', (_f, c) => {
    expect(truthProblems(c)).toEqual([]);
  });

  const bacGiang = definitions.find(([file]) => file === 'bac-giang-2024.json')![1];
  const copy = () => JSON.parse(JSON.stringify(bacGiang)) as Node;

  it('refuses a new fact that nothing quotes or labels, such as a recognition threshold', () => {
    const invented = copy();
    (invented.recognition as Node[])[0]!.thresholds = { cash: '5000000000' };
    expect(truthProblems(invented)).toEqual([
      'recognition.0.thresholds.cash: neither quoted from a plan nor the portal’s setting',
    ]);
  });

  it('refuses a deadline worded otherwise than the plan, an invented date, a quote cut mid-sentence and an unlabelled counting day', () => {
    const invented = copy();
    (invented.milestones as Node[])[0]!.when = { vi: 'trước ngày 15/8/2024', en: 'before 15/8/2024' };
    (invented.milestones as Node[])[1]!.what = { vi: 'Hoàn thành trước 01/01/2024', en: 'Done by 1/1/2024' };
    const cut = (invented.recognition as Node[])[0]!.citation as Citation;
    cut.quote =
      'Việc xét khen thưởng cho các tập thể, hộ gia đình và cá nhân tiêu biểu, xuất sắc trong thực hiện Phong trào thi đua được thực hiện theo quy định của pháp luật về thi đua khen thưởng hoặc theo hướng dẫn của Trung ương về khen thưởng';
    (invented.period as Node).start = '2023-06-01';
    expect(truthProblems(invented)).toEqual(
      expect.arrayContaining([
        'milestones.0.when.vi: “trước ngày 15/8/2024” is not in its quote',
        'milestones.1.what.vi: 01/01/2024 not in its quote',
        'milestones.1.what.en: 1/1/2024 not in its quote',
        'recognition.0.citation: the quote is cut mid-sentence',
        'period.start: the portal’s note on counting does not name it',
      ]),
    );
  });

  it('refuses a group, a recipient or a form of award its quote does not name', () => {
    const invented = copy();
    ((invented.beneficiaries as Node[])[0]!.categories as string[]).push('disaster_affected');
    const form = ((invented.recognition as Node[])[0]!.forms as Node[])[0]!;
    form.vi = 'Huân chương Lao động';
    expect(truthProblems(invented)).toEqual([
      'beneficiaries.0.categories.3: its quote does not name disaster_affected',
      'recognition.0.forms.0.vi: not in its quote',
    ]);
  });

  it('refuses a support amount that is neither demo nor sourced', () => {
    const invented = copy();
    const row = (invented.supportAmounts as Node[])[0]!;
    row.demo = false;
    expect(truthProblems(invented)).toContain('supportAmounts.0.amount: neither demo nor sourced');
  });
});
