/** The WRES annual report (SC13.5.2): the obligation whose submissions are assured. */
export const REVIEWED_CLAUSE = 'SC13.5.2';
