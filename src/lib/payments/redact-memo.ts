/**
 * A bank memo as the public may read it: account numbers and phone numbers hidden, all but their
 * last three digits. Runs of 8 or more digits (spaces, dots or dashes between them allowed, a
 * leading +84 included) are treated as such numbers; pledge references (CT…) and short numbers
 * such as amounts or dates stay readable.
 *
 * @example redactMemo('MBVCB.9988776655.CT7K9Q2XMA ung ho') // 'MBVCB.•••••••655.CT7K9Q2XMA ung ho'
 */
export function redactMemo(memo: string): string {
  return memo.replace(/(?:\+84[\s.-]?)?\d(?:[\s.-]?\d){7,}/g, (run) => {
    const digits = run.replace(/\D/g, '');
    return '•'.repeat(digits.length - 3) + digits.slice(-3);
  });
}
