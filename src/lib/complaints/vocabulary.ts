/** Closed vocabularies for citizens' complaints; labels live in the translations. */

export const complaintSubjects = [
  'household_entry', // about one household on the commune's public list
  'commune_figures', // about the commune's figures or its list as a whole (e.g. a household missing)
] as const;
export type ComplaintSubject = (typeof complaintSubjects)[number];

/** A complaint's public status, in order. */
export const complaintStatuses = [
  'received', // tiếp nhận: submitted, waiting for the commune
  'in_progress', // đang xử lý: a commune officer is looking into it
  'answered', // đã trả lời: the commune's public answer is given
] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];
