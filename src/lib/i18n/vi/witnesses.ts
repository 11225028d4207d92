export const witnesses = {
  title: 'Nhân chứng độc lập',
  intro:
    'Nhân chứng là tổ chức độc lập với cổng (một tờ báo, một trường đại học, Mặt trận Tổ quốc…) tự chạy npm run witness: họ kiểm tra rằng checkpoint mới nhất nối tiếp checkpoint họ đã thấy, rồi đồng ký (C2SP tlog-cosignature). Nếu sổ bị viết lại, hoặc hai người được cho xem hai lịch sử khác nhau, nhân chứng từ chối đồng ký và báo lại.',
  setting:
    'Danh sách nhân chứng được ghi nhận là thiết lập của đơn vị vận hành cổng, không phải tuyên bố của nguồn nào.',
  cosignedBy: (size: number) => `Checkpoint hiện tại (${size} bản ghi) đã được đồng ký bởi:`,
  cosignedAt: (when: string) => `đồng ký lúc ${when}`,
  none: 'Chưa nhân chứng nào đồng ký checkpoint hiện tại.',
  noneRegistered: 'Đơn vị vận hành chưa ghi nhận nhân chứng nào.',
  checkpoint: 'Checkpoint kèm các chữ ký đồng ký',
  key: 'Khoá của nhân chứng',
  answer: {
    kept: (names: string, size: number) => `Đã lưu chữ ký đồng ký của ${names} cho checkpoint ${size} bản ghi.`,
    keptBefore: (names: string, size: number) =>
      `Chữ ký đồng ký của ${names} cho checkpoint ${size} bản ghi đã được lưu từ trước.`,
    unknownWitness: (names: string) =>
      `${names} không phải là nhân chứng được ghi nhận: đơn vị vận hành cổng cần ghi nhận khoá của nhân chứng.`,
    noCosignature: 'Checkpoint gửi lên không mang chữ ký đồng ký nào.',
    notOurs: 'Đây không phải checkpoint do sổ minh bạch của cổng ký.',
    malformed: 'Nội dung gửi lên không phải checkpoint kèm chữ ký đồng ký hợp lệ của nhân chứng (ghi chú ký C2SP).',
    notText: 'Nội dung gửi lên không phải văn bản UTF-8.',
  },
};
