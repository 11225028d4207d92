/** What the portal says about personal data in text it publishes. */
export const privacy = {
  /** Why a free text that is published was refused, next to its field. */
  publicTextProblem: {
    textHasPhoneNumber: 'Có số điện thoại. Nội dung này được công khai: đừng ghi số điện thoại.',
    textHasIdNumber:
      'Có dãy số giống số CMND hoặc căn cước (9 hoặc 12 chữ số). Nội dung này được công khai: đừng ghi số giấy tờ. Nếu là số tiền, hãy ghi kèm “đồng”.',
    textHasBankAccount:
      'Có dãy số giống số tài khoản ngân hàng. Nội dung này được công khai: đừng ghi số tài khoản. Nếu là số tiền, hãy ghi kèm “đồng”.',
    textHasAddress:
      'Có địa chỉ nhà (số nhà, ngõ, ngách, hẻm, kiệt, đường phố). Nội dung này được công khai: đừng ghi địa chỉ.',
    textHasEmail: 'Có địa chỉ thư điện tử. Nội dung này được công khai: đừng ghi thư điện tử.',
    textHasHiddenCharacters: 'Có ký tự ẩn hoặc ký tự đảo chiều chữ (thường do sao chép): hãy gõ lại.',
    textHasBrokenCharacters: 'Có ký tự bị lỗi mã (�), thường do văn bản không ở dạng UTF-8: hãy gõ lại bằng bàn phím.',
  },
};
