import type { Environment } from '../config/environment.ts';

export interface FundAccount {
  bankBin: string;
  accountNumber: string;
  accountName: string;
  bankName: string;
}

/** The fund's account when all of it is configured; a partial account would send money astray. */
export function fundAccountOf(environment: Environment): FundAccount | undefined {
  const { FUND_BANK_BIN, FUND_ACCOUNT_NUMBER, FUND_ACCOUNT_NAME, FUND_BANK_NAME } = environment;
  if (!FUND_BANK_BIN || !FUND_ACCOUNT_NUMBER || !FUND_ACCOUNT_NAME || !FUND_BANK_NAME) return undefined;
  return {
    bankBin: FUND_BANK_BIN,
    accountNumber: FUND_ACCOUNT_NUMBER,
    accountName: FUND_ACCOUNT_NAME,
    bankName: FUND_BANK_NAME,
  };
}
