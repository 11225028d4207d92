import type { Era } from '../units/vocabulary.ts';
import type { OfficialCountColumn } from './report-csv.ts';
import type { OfficialReportKind } from './vocabulary.ts';

/** An official report as pages and open data show it: beside the portal's figures, never in them. */
export interface OfficialReport {
  id: number;
  asOf: string;
  area: string;
  areaEra: Era;
  /** The province's name in its era; null for national figures. */
  areaName: string | null;
  areaNameEn: string | null;
  kind: OfficialReportKind;
  counts: Record<OfficialCountColumn, number | null>;
  moneyMobilisedBillionDong: string | null;
  publisher: string;
  source: string;
  note: string | null;
}
