import { describe, expect, it } from 'vitest';
import { dongInWords } from '../../src/lib/i18n/dong-in-words.ts';

describe('đồng in words', () => {
  it('says amounts as Vietnamese receipts write them', () => {
    for (const [amount, words] of [
      [1n, 'Một đồng'],
      [15n, 'Mười lăm đồng'],
      [21n, 'Hai mươi mốt đồng'],
      [105n, 'Một trăm linh năm đồng'],
      [115n, 'Một trăm mười lăm đồng'],
      [500_000n, 'Năm trăm nghìn đồng'],
      [1_250_000n, 'Một triệu hai trăm năm mươi nghìn đồng'],
      [1_005_000n, 'Một triệu không trăm linh năm nghìn đồng'],
      [1_000_050n, 'Một triệu không trăm năm mươi đồng'],
      [50_000_000n, 'Năm mươi triệu đồng'],
      [1_000_000_000n, 'Một tỷ đồng'],
      [1_050_000_000n, 'Một tỷ không trăm năm mươi triệu đồng'],
      [1_000_000_005n, 'Một tỷ không trăm linh năm đồng'],
      [2_000_000_000_000n, 'Hai nghìn tỷ đồng'],
      [
        9_999_999_999_999_999n,
        'Chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
      ],
    ] as const)
      expect(dongInWords('vi', amount)).toBe(words);
  });

  it('says them in English too', () => {
    for (const [amount, words] of [
      [1n, 'One dong'],
      [21n, 'Twenty-one dong'],
      [105n, 'One hundred five dong'],
      [1_005_000n, 'One million five thousand dong'],
      [50_000_000n, 'Fifty million dong'],
      [1_050_000_000n, 'One billion fifty million dong'],
      [
        9_007_199_254_740_993n,
        'Nine quadrillion seven trillion one hundred ninety-nine billion two hundred fifty-four million seven hundred forty thousand nine hundred ninety-three dong',
      ],
    ] as const)
      expect(dongInWords('en', amount)).toBe(words);
  });
});
