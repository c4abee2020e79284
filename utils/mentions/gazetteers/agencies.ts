/** News agencies and broadcasters that sign items: a credit line is not a person. */
export const AGENCY_NAMES = [
  'AA', 'AFP', 'AP', 'CNN', 'BBC', 'DHA', 'İHA', 'IHA', 'ANKA', 'TRT', 'Reuters', 'Anadolu', 'Xinhua', 'رويترز',
  'الأناضول', 'واس', 'بترا', 'وام', 'قنا', 'كونا', 'سانا', 'بنا', 'العمانية', 'الوطنية', 'فرانس برس',
];
