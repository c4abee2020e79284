/** The shapes `extractMentions` returns. */

/** A person the text names, with the office or description the text attaches to them. */
export interface PersonMention {
  name: string;
  role?: string;
}

/** An institution the text names: ministry, agency, international organisation, company, university… */
export interface OrganisationMention {
  name: string;
}

/** People and organisations in order of first appearance, each once. */
export interface Mentions {
  people: PersonMention[];
  organisations: OrganisationMention[];
}
