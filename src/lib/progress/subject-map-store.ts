import { archipelagoPlaces, formerAreaMapOf, mapFiguresOf } from './map-store.ts';
import type { MapFigure, MapPlace } from './map-figures.ts';
import { progressOf } from './store.ts';
import { listCampaigns } from '../campaigns/store.ts';
import type { Locale } from '../i18n/locales.ts';
import { findCurrentUnit, findUnit, type AdminUnit } from '../units/store.ts';
import type { EmbedSubject } from './embed-code.ts';
import { formerEra } from '../units/vocabulary.ts';
import type { Database } from '../../../db/client.ts';

/**
 * A map of an area that is no 2025 unit: a pre-2025 province, district or commune, or a
 * campaign's area. Its pages, its embed and oEmbed all read it from here, so that what offers
 * "embed this map" and what the embed shows cannot drift apart.
 */
export interface SubjectMap {
  /** The area's name as the map's title uses it. */
  name: string;
  /** The portal page the map stands for, without the language prefix: `/old/06`, `/campaigns/…`. */
  pagePath: string;
  /** The boundaries' scope for `/api/boundaries/<scope>.topo.json`. */
  scope: string;
  figures: MapFigure[];
  asOf: Date | null;
  /** Communes drawn whole though part of them lies outside the area. */
  extendingBeyond: number;
  /** Named places a national map labels (the archipelagos). */
  places?: MapPlace[];
}

/** The words a map's name is made of, from the page's catalogue (the page passes its `t`). */
export interface SubjectMapWords {
  units: { formerUnitTitle(name: string): string };
  map: { archipelagoHoangSa: string; archipelagoTruongSa: string };
}

/** A pre-2025 unit's map, drawn through its successor communes; undefined for no such unit. */
export async function formerUnitMap(
  db: Database,
  locale: Locale,
  t: SubjectMapWords,
  code: string,
  hrefOf: (communeCode: string) => string,
  campaignId?: string,
): Promise<SubjectMap | undefined> {
  const unit = await findUnit(db, formerEra, code);
  if (!unit) return undefined;
  const map = await formerAreaMapOf(db, unit.code, { campaignId }, hrefOf);
  const name = t.units.formerUnitTitle(locale === 'en' ? unit.fullNameEn : unit.fullName);
  return { name, pagePath: `/old/${unit.code}`, scope: `old/${unit.code}`, ...map };
}

/**
 * A campaign's map: its pre-2025 area through the succession, coloured by its own households;
 * the national campaign, the provinces. Undefined for no such campaign.
 */
export async function campaignMap(
  db: Database,
  locale: Locale,
  t: SubjectMapWords,
  id: string,
  hrefOf: (level: 'province' | 'commune', code: string) => string,
): Promise<SubjectMap | undefined> {
  const campaign = (await listCampaigns(db)).find((c) => c.id === id);
  if (!campaign) return undefined;
  const name = locale === 'en' ? campaign.nameEn : campaign.nameVi;
  const pagePath = `/campaigns/${campaign.id}`;
  if (campaign.areaCode) {
    // Every local plan held was issued before 1 July 2025; one of a 2025 unit would have no map here.
    if (campaign.areaEra !== formerEra) return undefined;
    const area = await formerUnitMap(db, locale, t, campaign.areaCode, (c) => hrefOf('commune', c), campaign.id);
    return area && { ...area, name, pagePath };
  }
  const filter = { campaignId: campaign.id };
  const [figures, total, places] = await Promise.all([
    mapFiguresOf(db, { level: 'province' }, (c) => hrefOf('province', c), filter),
    progressOf(db, { level: 'nation' }, filter),
    archipelagoPlaces(db, { hoangSa: t.map.archipelagoHoangSa, truongSa: t.map.archipelagoTruongSa }),
  ]);
  return { name, pagePath, scope: 'provinces', figures, asOf: total.asOf, extendingBeyond: 0, places };
}

/**
 * The name of what an embed shows, as its title says it, or undefined when the embed would
 * answer 404: oEmbed offers exactly the embeds that exist. A province code no province holds
 * today names the former province (the embed shows it, see /embed/map/province/[code]).
 */
export async function embedAreaName(
  db: Database,
  locale: Locale,
  t: SubjectMapWords,
  subject: EmbedSubject,
): Promise<string | undefined> {
  const en = locale === 'en';
  const former = (unit: AdminUnit | undefined) => unit && t.units.formerUnitTitle(en ? unit.fullNameEn : unit.fullName);
  switch (subject.level) {
    case 'province':
    case 'commune': {
      const unit = await findCurrentUnit(db, subject.code);
      if (unit?.level === subject.level) return en ? unit.fullNameEn : unit.fullName;
      return subject.level === 'province' && !unit ? former(await findUnit(db, formerEra, subject.code)) : undefined;
    }
    case 'old':
      return former(await findUnit(db, formerEra, subject.code));
    case 'campaign':
      return (await campaignMap(db, locale, t, subject.code, () => ''))?.name;
  }
}
