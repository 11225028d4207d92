import type { Messages } from '../vi.ts';

export const common = {
  siteName: 'Join hands to eliminate temporary and dilapidated houses',
  siteTagline: 'Public portal of progress and resources',
  skipToContent: 'Skip to main content',
  otherLanguage: 'Tiếng Việt',
  otherLanguageLabel: 'Xem bằng tiếng Việt',
  mainNavigation: 'Main navigation',
  breadcrumb: 'You are here',
  home: 'Home',
  demoBanner:
    'Demo data: the households, progress and amounts on this page were generated for testing and are not official figures.',
  dataAsOf: (when) => `Data as of ${when}`,
  noDataYet: 'No figures yet.',
  download: 'Download',
  code: 'Code',
  notFoundTitle: 'Page not found',
  notFoundPage: 'This address does not exist. Use the search box or go back to the home page.',
  backHome: 'Back to the home page',
  boundaryCredit:
    'Administrative boundaries: Vietnam Natural Resources, Environment and Cartography Publishing House (sapnhap.bando.com.vn), via vietnamese-provinces-database (MIT)',
  footerAbout:
    'A portal for the emulation movement “Join hands to eliminate temporary and dilapidated houses” under the Prime Minister’s Decision 539/QĐ-TTg of 19 June 2024.',
  navProgress: 'Progress',
  navCriteria: 'Who can get support',
  navSelfCheck: 'Check eligibility',
  navOpenData: 'Open data',
  navPledge: 'Give',
  refusal: {
    400: {
      title: 'The request could not be read',
      text: 'The address or form holds a character the portal does not accept (such as a null character), or is wrongly encoded. Check it and send it again.',
    },
    405: {
      title: 'This kind of request is not accepted',
      text: 'The portal only opens pages (GET, HEAD) and takes forms (POST). Open this address in a browser.',
    },
    413: {
      title: 'What was sent is too large',
      text: 'What was sent is larger than the portal accepts. Shorten the text or choose a smaller file, then send it again.',
    },
    431: {
      title: 'The address is too long',
      text: 'The address or the request’s headers are longer than the portal accepts. Shorten the search and try again.',
    },
  },
  errorTitle: 'Something went wrong',
  errorText: 'The page could not be shown. Nothing you entered was lost; please try again in a few minutes.',
} satisfies Messages['common'];
