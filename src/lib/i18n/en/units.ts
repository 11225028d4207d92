import type { Messages } from '../vi.ts';

export const units = {
  province: 'Province or city',
  commune: 'Commune, ward or special zone',
  predecessorsTitle: 'Formed from these units (before 1 July 2025)',
  predecessorWhole: 'merged whole',
  predecessorPart: 'merged in part',
  formerUnitTitle: (name) => `${name} (before 1 July 2025)`,
  formerUnitIntro: 'This administrative unit no longer exists since 1 July 2025. Its figures count under:',
  formerProvinceIntro: 'Since 1 July 2025 this province or city is part of:',
  formerUnitLevel: { province: 'Province or city', district: 'District', commune: 'Commune, ward or township' },
  formerUnitBadge: 'before 1/7/2025',
  inProvince: (province) => `in ${province}`,
  notFoundUnit: (code) =>
    `No administrative unit has the code “${code}”. Province codes have 2 digits, commune codes 5.`,
  type: {
    municipality: 'City',
    province: 'Province',
    municipal_city: 'City',
    provincial_city: 'City',
    urban_district: 'Urban district',
    district_town: 'Town',
    district: 'District',
    ward: 'Ward',
    commune: 'Commune',
    commune_town: 'Township',
    special_zone: 'Special zone',
  },
} satisfies Messages['units'];
