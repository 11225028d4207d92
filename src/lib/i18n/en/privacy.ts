import type { Messages } from '../vi.ts';

export const privacy = {
  publicTextProblem: {
    textHasPhoneNumber: 'Holds a phone number. This text is published: leave phone numbers out.',
    textHasIdNumber:
      'Holds a number like an identity card’s (9 or 12 digits). This text is published: leave identity numbers out. If it is an amount, write “đồng” after it.',
    textHasBankAccount:
      'Holds a number like a bank account’s. This text is published: leave account numbers out. If it is an amount, write “đồng” after it.',
    textHasAddress:
      'Holds a house address (house number, lane, alley, street). This text is published: leave addresses out.',
    textHasEmail: 'Holds an e-mail address. This text is published: leave e-mail addresses out.',
    textHasHiddenCharacters: 'Holds hidden or text-direction characters (often pasted in): type it again.',
    textHasBrokenCharacters:
      'Holds broken characters (�), usually from text that was not sent as UTF-8: type it again on the keyboard.',
  },
} satisfies Messages['privacy'];
