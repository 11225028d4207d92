import type { Locale } from '../i18n/locales.ts';
import type { CosignatureIntake } from './witness-registry.ts';

/** The words of the cosignatures address's answers, in one language (the `witnesses.answer` messages). */
export interface CosignatureAnswerWords {
  witnesses: {
    answer: {
      kept: (names: string, size: number) => string;
      keptBefore: (names: string, size: number) => string;
      unknownWitness: (names: string) => string;
      noCosignature: string;
      notOurs: string;
      malformed: string;
      notText: string;
    };
  };
}

/** What the portal did with a cosigned checkpoint sent to it, as witnesses read it. */
export type CosignatureOutcome = 'kept' | 'kept_before' | 'unknown_witness' | 'not_ours' | 'malformed' | 'not_text';

/**
 * The answer to a witness's POST, in the portal's bilingual shape: `outcome`, then `message` when
 * the cosignature is kept, or `error` and the technical `detail` (English, from the note's
 * parser) when it is not. `added` is how many of an accepted note's cosignatures were new.
 */
export function cosignatureAnswer(
  intake: CosignatureIntake | { kind: 'not-text' },
  added: number,
  words: Record<Locale, CosignatureAnswerWords>,
): { status: 200 | 400 | 403 | 409; outcome: CosignatureOutcome; body: Record<string, unknown> } {
  const say = (pick: (answer: CosignatureAnswerWords['witnesses']['answer']) => string) => ({
    vi: pick(words.vi.witnesses.answer),
    en: pick(words.en.witnesses.answer),
  });
  const refuse = (
    status: 400 | 403 | 409,
    outcome: CosignatureOutcome,
    error: Record<Locale, string>,
    detail?: string,
  ) => ({
    status,
    outcome,
    body: { outcome, error, ...(detail !== undefined && { detail }) },
  });
  switch (intake.kind) {
    case 'accepted': {
      const names = intake.cosignatures.map((c) => c.witnessName).join(', ');
      const size = intake.checkpoint.size;
      const outcome = added > 0 ? 'kept' : 'kept_before';
      const message = say((t) => (added > 0 ? t.kept(names, size) : t.keptBefore(names, size)));
      return { status: 200, outcome, body: { outcome, treeSize: size, witnesses: names.split(', '), message } };
    }
    case 'unknown-witness':
      return refuse(
        403,
        'unknown_witness',
        say((t) => (intake.witnesses.length ? t.unknownWitness(intake.witnesses.join(', ')) : t.noCosignature)),
        intake.reason,
      );
    case 'not-ours':
      return refuse(
        409,
        'not_ours',
        say((t) => t.notOurs),
        intake.reason,
      );
    case 'malformed':
      return refuse(
        400,
        'malformed',
        say((t) => t.malformed),
        intake.reason,
      );
    case 'not-text':
      return refuse(
        400,
        'not_text',
        say((t) => t.notText),
      );
  }
}
