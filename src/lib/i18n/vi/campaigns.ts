/** Campaigns (plans): their documents, milestones and recognition levels. */
export const campaigns = {
  title: 'Các kế hoạch triển khai',
  issuer: 'Cơ quan ban hành',
  document: 'Văn bản',
  numberMissing: 'Số văn bản để trống trong bản công bố',
  basis: 'Căn cứ',
  period: 'Thời gian',
  demoAmounts: 'Mức hỗ trợ hiển thị là số minh họa.',
  milestoneKindLabel: {
    start: 'Bắt đầu',
    documents: 'Hạn gửi văn bản tổ chức thực hiện',
    report: 'Hạn báo cáo',
    supervision: 'Giám sát',
    dossier: 'Hạn nộp hồ sơ khen thưởng',
    target: 'Mục tiêu',
    summing_up: 'Tổng kết',
  },
  recognitionLevelLabel: {
    state: 'Cấp Nhà nước',
    province: 'Cấp tỉnh',
    department: 'Cấp sở, ngành, đoàn thể',
    district: 'Cấp huyện, thị xã',
    commune: 'Cấp xã',
  },
};
