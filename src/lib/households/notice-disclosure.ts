import type { Citation } from '../campaigns/campaign-definition.ts';

/**
 * Why a commune posts its list: the plans ask that who is supported be made public. They do not
 * say where or for how long; the printed notice leaves the place and the dates for the commune to
 * fill in. Mường Lay's plan (2404/KH-UBND of 25/9/2024) is quoted: it gives its number and date;
 * Đức Thọ's and Văn Quan's say much the same.
 */
export const disclosureCitation: Citation = {
  file: '2025-muong-lay-town-dien-bien.txt',
  section: 'III.1.a',
  quote:
    'Công bố công khai các tiêu chí, đối tượng thụ hưởng chính sách đảm bảo dân chủ, công bằng, minh bạch, đúng quy định để mọi người dân đều nắm rõ, hiểu biết đầy đủ và cùng tham gia giám sát việc thực hiện chính sách được hỗ trợ.',
  en: 'Make public the criteria and the beneficiaries of the policy, ensuring democracy, fairness, transparency and compliance, so that every citizen knows and fully understands them and takes part in supervising the support policy.',
};
