import type { Citation } from '../campaigns/campaign-definition.ts';

/**
 * Where the support set for each home comes from, in a plan's own words: the State's money
 * leads, society's matters. Shown beside the support figures so that a reader does not take the
 * support funding for money given through the portal. All four 2025 plans say it the same way;
 * Mường Lay's is the one with its number and date in the text (2404/KH-UBND, 25/9/2024).
 */
export const supportSourcesCitation: Citation = {
  file: '2025-muong-lay-town-dien-bien.txt',
  section: 'II.1',
  quote:
    'nguồn lực nhà nước đóng vai trò chủ đạo, nguồn lực của xã hội là quan trọng với nguyên tắc Nhà nước hỗ trợ, cộng đồng giúp đỡ, hộ gia đình tự tổ chức xây dựng nhà ở',
  en: "the State's resources play the leading role and society's resources are important, on the principle that the State supports, the community helps and the household itself organises the building of its house",
};
