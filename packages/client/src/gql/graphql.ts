/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountFeedFormat =
  | 'BANK_CSV'
  | 'CAMT053'
  | 'CARD_CSV'
  | 'OFX';

export type AccountTransactionState =
  | 'MATCHED'
  | 'NOT_SPENDING'
  | 'PENDING'
  | 'QUEUED';

export type AccountTransactionStatus =
  | 'BOOKED'
  | 'PENDING';

export type ActivateContingencyInput = {
  days: number;
  effectiveFrom?: string | null | undefined;
  journeyId: string | number;
  reason: string;
  upliftPence: number;
};

export type AddCarerInput = {
  name: string;
  nominatedPerson?: boolean | null | undefined;
  personId: string | number;
  relationship: string;
  subject?: string | null | undefined;
};

export type AdultOutcome =
  | 'APPROPRIATELY_CLOTHED'
  | 'CARING_FOR_A_CHILD'
  | 'COMMUNITY_FACILITIES'
  | 'HABITABLE_HOME'
  | 'HOME_SAFETY'
  | 'NUTRITION'
  | 'PERSONAL_HYGIENE'
  | 'RELATIONSHIPS'
  | 'TOILET_NEEDS'
  | 'WORK_TRAINING_EDUCATION_VOLUNTEERING';

export type AllocateDueInput = {
  budgetId: string | number;
};

export type ApprovalLevel =
  | 'PANEL'
  | 'PRACTITIONER'
  | 'TEAM_MANAGER';

export type AssessCarerInput = {
  assessment: CarerAssessmentInput;
  /** The written information and advice given if the needs are not eligible: what can be done to meet or reduce them, and to prevent or delay needs in future (Care Act s13(5)). */
  informationAndAdvice?: string | null | undefined;
  journeyId: string | number;
};

export type AssessmentInput = {
  detentions: Array<Detention>;
  fluctuation?: FluctuationInput | null | undefined;
  healthGrounds: Array<RightToHaveGround>;
  healthNeeds: Array<string>;
  impairmentOrIllness: string;
  needsAriseFromImpairmentOrIllness: boolean;
  outcomes: Array<OutcomeJudgementInput>;
  period: AssessmentPeriodInput;
  views: PersonsViewsInput;
  wellbeingEvidence: string;
  wellbeingImpact: WellbeingImpact;
};

export type AssessmentPeriodInput = {
  from: string;
  to: string;
};

export type AssignJourneyInput = {
  adviser?: string | null | undefined;
  engagementSupport?: EngagementSupport | null | undefined;
  journeyId: string | number;
  practitioner?: string | null | undefined;
};

export type AuditEntryKind =
  | 'READ'
  | 'WRITE';

export type AuthorisedPersonInput = {
  capableOfManaging: boolean;
  deputyOrAttorneySupports?: boolean | null | undefined;
  name: string;
  relationship: string;
  willActInBestInterests: boolean;
};

export type BankCsvColumnsDateFormat =
  | 'DD_MM_YYYY'
  | 'YYYY_MM_DD';

export type BankCsvColumnsInput = {
  /** A column's name as the file's header row gives it. */
  amount?: string | null | undefined;
  /** A column's name as the file's header row gives it. */
  credit?: string | null | undefined;
  /** A column's name as the file's header row gives it. */
  date: string;
  dateFormat?: BankCsvColumnsDateFormat | null | undefined;
  /** A column's name as the file's header row gives it. */
  debit?: string | null | undefined;
  /** A column's name as the file's header row gives it. */
  id?: string | null | undefined;
  /** A column's name as the file's header row gives it. */
  payee: string;
  /** A column's name as the file's header row gives it. */
  reference?: string | null | undefined;
};

export type BudgetStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'INDICATIVE'
  | 'SUSPENDED';

export type CancelExportInput = {
  runId: string | number;
};

export type CapacityAssessmentInput = {
  assessedBy: string;
  assessedOn: string;
  hasCapacity: boolean;
};

export type CarerAssessmentInput = {
  healthAtRiskOfDeteriorating: boolean;
  needsAriseFromProvidingNecessaryCare: boolean;
  outcomes: Array<CarerOutcomeJudgementInput>;
  period: AssessmentPeriodInput;
  views: PersonsViewsInput;
  wellbeingEvidence: string;
  wellbeingImpact: WellbeingImpact;
};

export type CarerOutcome =
  | 'CARING_FOR_A_CHILD'
  | 'CARING_FOR_OTHERS'
  | 'COMMUNITY_FACILITIES'
  | 'HABITABLE_HOME'
  | 'NUTRITION'
  | 'RECREATION'
  | 'RELATIONSHIPS'
  | 'WORK_TRAINING_EDUCATION_VOLUNTEERING';

export type CarerOutcomeJudgementInput = {
  evidence: string;
  outcome: CarerOutcome;
  unableSenses: Array<UnableSense>;
};

export type CarersBudgetRequestInput = {
  annualAmountPence: number;
  reasons: Array<string>;
};

export type ChallengeStatus =
  | 'LODGED'
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UNDER_REVIEW'
  | 'UPHELD';

export type CheckDirectPaymentSurplusInput = {
  budgetId: string | number;
  stream: FundingStreamKind;
};

export type CompleteDirectPaymentEndingInput = {
  journeyId: string | number;
};

export type CompleteReviewInput = {
  endReason?: EndReason | null | undefined;
  journeyId: string | number;
  measures?: Array<MeasureAnswersInput> | null | undefined;
  outcome: ReviewOutcome;
  progress: Array<OutcomeProgressInput>;
  reasons: Array<string>;
  views: PersonsViewsInput;
  wellbeing?: WellbeingScoreInput | null | undefined;
};

export type ConfirmRecoveryInput = {
  budgetId: string | number;
  decisionId: string | number;
  managerReason?: string | null | undefined;
};

export type ConsentScope =
  | 'RECORD_SPENDING'
  | 'SPEAK_FOR_ME'
  | 'VIEW_FINANCES'
  | 'VIEW_MONEY'
  | 'VIEW_PLAN';

export type ContactInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type ContingencyPlanCrisisContactsInput = {
  name: string;
  phone: string;
  role: string;
};

export type ContingencyPlanInput = {
  crisisContacts: Array<ContingencyPlanCrisisContactsInput>;
  maxDurationDays: number;
  steps: Array<string>;
  upliftCapPence: number;
};

export type CreateBudgetInput = {
  amountPence: number;
  deliveryMechanism: DeliveryMechanism;
  fundingStreams: Array<FundingStreamInput>;
  personId: string | number;
};

export type DecideEligibilityInput = {
  /** The written information and advice given if the needs are not eligible: what can be done to meet or reduce them, and to prevent or delay needs in future (Care Act s13(5)). */
  informationAndAdvice?: string | null | undefined;
  journeyId: string | number;
};

export type DecidePlanInput = {
  approve: boolean;
  effectiveFrom?: string | null | undefined;
  journeyId: string | number;
  panelReference?: string | null | undefined;
  reasons: Array<string>;
  refusal?: PlanRefusalInput | null | undefined;
  refusedLines?: Array<PlanLineRefusalInput> | null | undefined;
  upperBandingReasons?: Array<string> | null | undefined;
};

export type DecisionFlag =
  | 'LATE_MONITORING';

export type DecisionKind =
  | 'CARER_ELIGIBILITY'
  | 'CHALLENGE_OUTCOME'
  | 'CLAWBACK'
  | 'CONTINGENCY'
  | 'DIRECT_PAYMENT_ENDING'
  | 'ELIGIBILITY'
  | 'ENDING'
  | 'FINANCIAL_ASSESSMENT'
  | 'INDICATIVE_BUDGET'
  | 'PLAN_APPROVAL'
  | 'PLAN_LINE_REFUSAL'
  | 'RESUMPTION'
  | 'REVIEW_OUTCOME'
  | 'SUSPENSION';

export type DecisionOutcome =
  | 'APPROVED'
  | 'CHANGE_AMOUNT'
  | 'CHANGE_MECHANISM'
  | 'CONTINUE'
  | 'CONTRIBUTION'
  | 'DIED'
  | 'DIRECT_PAYMENTS_ENDED'
  | 'ELIGIBLE'
  | 'END'
  | 'EXPLAINED_BY_SUSPENSION'
  | 'GOALS_REACHED_MOVING_ON'
  | 'INDICATIVE_AMOUNT_SET'
  | 'LINE_REFUSED'
  | 'LINE_REINSTATED'
  | 'MOVED_AWAY'
  | 'NONE'
  | 'NOTICE_GIVEN'
  | 'NOTICE_WITHDRAWN'
  | 'NOT_ELIGIBLE'
  | 'NOT_UPHELD'
  | 'NO_CONTRIBUTION'
  | 'NO_LONGER_ELIGIBLE'
  | 'OTHER'
  | 'PARTLY_UPHELD'
  | 'PERSONS_CHOICE'
  | 'PROPOSED_OFFSET'
  | 'PROPOSED_RECOVERY'
  | 'REASSESS'
  | 'REFUND_CONTRIBUTION'
  | 'REJECTED'
  | 'RESUMED'
  | 'REVISE_PLAN'
  | 'SUSPENDED'
  | 'UPHELD'
  | 'UPLIFT_APPLIED'
  | 'UPLIFT_REFUSED';

export type DecisionSubject =
  | 'BUDGET'
  | 'CHALLENGE'
  | 'JOURNEY';

export type DeclineBudgetInput = {
  journeyId: string | number;
  reason: string;
};

export type DeliveryMechanism =
  | 'DIRECT_PAYMENT'
  | 'MIXED'
  | 'NOTIONAL'
  | 'THIRD_PARTY';

export type Detention =
  | 'SECTION_2'
  | 'SECTION_3'
  | 'SECTION_37'
  | 'SECTION_45A'
  | 'SECTION_47'
  | 'SECTION_48';

export type DirectPaymentArrangementsInput = {
  appropriateWayToMeetNeeds: boolean;
  authorisedPerson?: AuthorisedPersonInput | null | undefined;
  capableOfManaging: boolean;
  capacity: CapacityAssessmentInput;
  householdPayments: Array<HouseholdPaymentInput>;
  justiceRequirements: Array<JusticeRequirement>;
  nhs?: NhsDirectPaymentSafeguardsInput | null | undefined;
  nominatedPerson?: NominatedPersonInput | null | undefined;
  requestedBy: DirectPaymentRequester;
};

export type DirectPaymentEndingReason =
  | 'CONDITIONS_NO_LONGER_MET'
  | 'CONDITION_BREACHED'
  | 'CONSENT_WITHDRAWN'
  | 'NOT_USED_FOR_NEEDS'
  | 'PERSONS_REQUEST'
  | 'SUSPECTED_OFFENCE';

export type DirectPaymentRequester =
  | 'AUTHORISED_PERSON'
  | 'PERSON';

export type DirectoryEntryKind =
  | 'CARE_PROVIDER'
  | 'COMMUNITY_ACTIVITY'
  | 'PERSONAL_ASSISTANT';

export type DraftPlanInput = {
  journeyId: string | number;
  plan: SupportPlanInput;
};

export type DrawContingencyInput = {
  amountPence: number;
  budgetId: string | number;
  decisionId: string | number;
  idempotencyKey: string;
  stream: FundingStreamKind;
};

export type EndJourneyInput = {
  effectiveFrom?: string | null | undefined;
  journeyId: string | number;
  note: string;
  reason: EndReason;
};

export type EndReason =
  | 'DIED'
  | 'GOALS_REACHED_MOVING_ON'
  | 'MOVED_AWAY'
  | 'NO_LONGER_ELIGIBLE'
  | 'OTHER'
  | 'PERSONS_CHOICE';

export type EngagementSupport =
  | 'INDEPENDENT_ADVOCATE'
  | 'NONE'
  | 'SOME'
  | 'SUBSTANTIAL';

export type EqualityDataInput = {
  ethnicity?: EthnicCategory | null | undefined;
  sex?: Sex | null | undefined;
};

export type EthnicCategory =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'P'
  | 'R'
  | 'S'
  | 'Z';

export type ExportFormat =
  | 'CSV'
  | 'JSONL'
  | 'NDJSON'
  | 'XLSX';

export type ExportRunStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

export type FhirCarePlanActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'ON_HOLD';

export type FhirCarePlanIntent =
  | 'PLAN';

export type FhirCarePlanResourceType =
  | 'CAREPLAN';

export type FhirCarePlanStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT'
  | 'ON_HOLD'
  | 'REVOKED';

export type FhirGoalLifecycleStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PROPOSED';

export type FhirGoalResourceType =
  | 'GOAL';

export type FhirHumanNameUse =
  | 'OFFICIAL';

export type FhirMoneyCurrency =
  | 'GBP';

export type FhirPatientResourceType =
  | 'PATIENT';

export type FinancialAssessmentInput = {
  ageYears: number;
  assessedOn?: string | null | undefined;
  capitalPence: number;
  dateOfBirth?: string | null | undefined;
  household?: Household | null | undefined;
  premiums?: IncomePremiumsInput | null | undefined;
  receivesSection117Aftercare: boolean;
  weeklyDisabilityRelatedExpenditurePence: number;
  weeklyHousingCostsPence: number;
  weeklyIncomePence: number;
};

export type FluctuationInput = {
  episodes: Array<NeedsEpisodeInput>;
  pattern: string;
};

export type Frequency =
  | 'FOUR_WEEKLY'
  | 'MONTHLY'
  | 'ONE_OFF'
  | 'WEEKLY';

export type FundingStreamInput = {
  amountPence: number;
  stream: FundingStreamKind;
};

export type FundingStreamKind =
  | 'COUNCIL_SOCIAL_CARE'
  | 'NHS_HEALTH';

export type GiveDirectPaymentNoticeInput = {
  alternative: ManagedAlternativeInput;
  effectiveFrom?: string | null | undefined;
  explanation: string;
  immediateBecause?: string | null | undefined;
  journeyId: string | number;
  reason: DirectPaymentEndingReason;
};

export type Household =
  | 'COUPLE'
  | 'LONE_PARENT'
  | 'SINGLE';

export type HouseholdPaymentInput = {
  lineId: string;
  necessaryBecause?: string | null | undefined;
  relationship: HouseholdRelationship;
};

export type HouseholdRelationship =
  | 'AUNT_OR_UNCLE'
  | 'CHILD'
  | 'GRANDPARENT'
  | 'IN_LAW_OR_STEP_RELATIVE'
  | 'PARENT'
  | 'PARTNER_LIVING_AS_COUPLE'
  | 'SIBLING'
  | 'SPOUSE_OR_CIVIL_PARTNER';

export type ImportAccountTransactionsInput = {
  budgetId: string | number;
  columns?: BankCsvColumnsInput | null | undefined;
  /** The statement file's text, as exported: a bank's CSV, OFX, ISO 20022 camt.053 XML, or a prepaid-card provider's transaction CSV. */
  fileText: string;
  format: AccountFeedFormat;
};

export type ImportDirectoryCsvInput = {
  /** The directory as CSV: a header row naming some of id, name, description, url, email, fees, organisation_id, organisation_name, organisation_url, eligibility, minimum_age, maximum_age, languages, service_areas, location_name, address_1, city, postal_code, cost_amount, cost_option, cost_description, kind, categories, cultural_fit, keywords (id and name required), then one service a row; lists separated by semicolons. */
  csv: string;
};

export type ImportKind =
  | 'CASELOAD';

export type ImportRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

export type IncomePremiumsInput = {
  carer: boolean;
  dependentChildren: number;
  disability: boolean;
  enhancedDisability: boolean;
};

export type JobKind =
  | 'ALLOCATION_RUN'
  | 'EXPORT'
  | 'IMPORT'
  | 'REMINDERS';

export type JobState =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'FAILED'
  | 'RETRY';

export type JourneyStage =
  | 'ACTIVE'
  | 'ASSESSING'
  | 'AWAITING_APPROVAL'
  | 'CONSIDERING'
  | 'DECLINED'
  | 'ELIGIBILITY_DECIDED'
  | 'ENDED'
  | 'INDICATIVE_BUDGET'
  | 'NOT_ELIGIBLE'
  | 'PLANNING'
  | 'SUSPENDED'
  | 'UNDER_REVIEW';

export type JusticeRequirement =
  | 'ALCOHOL_TREATMENT_REQUIREMENT'
  | 'DRUG_REHABILITATION_REQUIREMENT'
  | 'DRUG_TREATMENT_AND_TESTING_ORDER'
  | 'LICENCE_CONDITION_DRUGS_OR_ALCOHOL'
  | 'YOUTH_REHABILITATION_DRUG_OR_ALCOHOL_REQUIREMENT';

export type LineDeliveryMechanism =
  | 'DIRECT_PAYMENT'
  | 'NOTIONAL'
  | 'THIRD_PARTY';

export type LodgeChallengeInput = {
  decisionId: string | number;
  grounds: string;
};

export type ManagedAlternativeInput = {
  arrangedBy: string;
  mechanism: ManagedAlternativeMechanism;
  personAgreed: boolean;
};

export type ManagedAlternativeMechanism =
  | 'NOTIONAL'
  | 'THIRD_PARTY';

export type MatchAccountTransactionInput = {
  budgetId: string | number;
  category?: SpendingCategory | null | undefined;
  lineId: string;
  transactionId: string | number;
};

export type MeasureAnswersInput = {
  instrument: string;
  items: Array<MeasureItemInput>;
};

export type MeasureItemInput = {
  item: string;
  value: number;
  wantsHelp?: boolean | null | undefined;
  weight?: number | null | undefined;
};

export type NeedsEpisodeInput = {
  description: string;
  from: string;
  to: string;
};

export type NhsDirectPaymentSafeguardsInput = {
  careCoordinator?: string | null | undefined;
  riskAssessedOn?: string | null | undefined;
  riskManagementAgreedInPlan: boolean;
};

export type NominatedPersonInput = {
  agreesToActAsNominee: boolean;
  name: string;
  relationship: string;
};

export type OrukCostOptionInput = {
  amount?: number | null | undefined;
  amount_description?: string | null | undefined;
  id?: string | null | undefined;
  option?: string | null | undefined;
  valid_from?: string | null | undefined;
  valid_to?: string | null | undefined;
};

export type OrukEligibilityInput = {
  eligibility?: string | null | undefined;
  id?: string | null | undefined;
  maximum_age?: number | null | undefined;
  minimum_age?: number | null | undefined;
};

export type OrukFeedInput = {
  content: Array<OrukServiceInput>;
  empty?: boolean | null | undefined;
  first?: boolean | null | undefined;
  last?: boolean | null | undefined;
  number?: number | null | undefined;
  size?: number | null | undefined;
  totalElements?: number | null | undefined;
  totalPages?: number | null | undefined;
};

export type OrukLanguageInput = {
  id?: string | null | undefined;
  language: string;
};

export type OrukLocationInput = {
  description?: string | null | undefined;
  id?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name?: string | null | undefined;
  physical_addresses?: Array<OrukPhysicalAddressInput> | null | undefined;
};

export type OrukOrganizationInput = {
  description?: string | null | undefined;
  email?: string | null | undefined;
  id?: string | null | undefined;
  name?: string | null | undefined;
  url?: string | null | undefined;
};

export type OrukPhysicalAddressInput = {
  address_1?: string | null | undefined;
  city?: string | null | undefined;
  country?: string | null | undefined;
  id?: string | null | undefined;
  postal_code?: string | null | undefined;
  state_province?: string | null | undefined;
};

export type OrukServiceAreaInput = {
  extent?: string | null | undefined;
  id?: string | null | undefined;
  service_area: string;
  uri?: string | null | undefined;
};

export type OrukServiceAtLocationInput = {
  id?: string | null | undefined;
  location: OrukLocationInput;
};

export type OrukServiceInput = {
  accreditations?: string | null | undefined;
  assured_date?: string | null | undefined;
  attending_access?: string | null | undefined;
  attending_type?: string | null | undefined;
  cost_options?: Array<OrukCostOptionInput> | null | undefined;
  deliverable_type?: string | null | undefined;
  description?: string | null | undefined;
  eligibilitys?: Array<OrukEligibilityInput> | null | undefined;
  email?: string | null | undefined;
  fees?: string | null | undefined;
  id: string;
  languages?: Array<OrukLanguageInput> | null | undefined;
  name?: string | null | undefined;
  organization?: OrukOrganizationInput | null | undefined;
  service_areas?: Array<OrukServiceAreaInput> | null | undefined;
  service_at_locations?: Array<OrukServiceAtLocationInput> | null | undefined;
  service_taxonomys?: Array<OrukServiceTaxonomyInput> | null | undefined;
  status?: string | null | undefined;
  url?: string | null | undefined;
};

export type OrukServiceTaxonomyInput = {
  id?: string | null | undefined;
  taxonomy: OrukTaxonomyInput;
};

export type OrukTaxonomyInput = {
  id?: string | null | undefined;
  name: string;
  parent?: string | null | undefined;
  vocabulary?: string | null | undefined;
};

export type OutcomeDomain =
  | 'CHOICE_AND_CONTROL'
  | 'CONFIDENCE_AND_SKILLS'
  | 'DAILY_LIVING_AND_HOME'
  | 'EMPLOYMENT_EDUCATION_AND_VOLUNTEERING'
  | 'MENTAL_HEALTH_AND_WELLBEING'
  | 'PHYSICAL_HEALTH'
  | 'SOCIAL_PARTICIPATION_AND_RELATIONSHIPS';

export type OutcomeJudgementInput = {
  evidence: string;
  outcome: AdultOutcome;
  unableSenses: Array<UnableSense>;
};

export type OutcomeProgressInput = {
  attainment: number;
  note: string;
  outcomeId: string;
};

export type PersonsViewsInput = {
  carer?: string | null | undefined;
  person: string;
  practitioner: string;
};

export type PlanLineInput = {
  category: SpendingCategory;
  deliveryMechanism: LineDeliveryMechanism;
  description: string;
  directoryEntryId?: string | number | null | undefined;
  frequency: Frequency;
  fundingStream: FundingStreamKind;
  id: string;
  outcomeIds: Array<string>;
  personTopUpPence?: number | null | undefined;
  provider?: string | null | undefined;
  providerId?: string | null | undefined;
  section117Aftercare?: boolean | null | undefined;
  unitCostPence: number;
  unitsPerPeriod: number;
};

export type PlanLineRefusalInput = {
  lineId: string;
  refusal: PlanRefusalInput;
};

export type PlanOutcomeInput = {
  domain: OutcomeDomain;
  howProgressWillBeSeen: string;
  id: string;
  inOwnWords: string;
  weight?: number | null | undefined;
};

export type PlanParticipantInput = {
  name: string;
  role: PlanParticipantRole;
};

export type PlanParticipantRole =
  | 'ADVISER'
  | 'CARER'
  | 'OTHER'
  | 'PERSON'
  | 'PRACTITIONER';

export type PlanRefusalInput = {
  explanation: string;
  ground: string;
};

export type PostingKind =
  | 'ALLOCATION'
  | 'CONTINGENCY_DRAW'
  | 'PAYMENT'
  | 'RECONCILIATION'
  | 'RECOVERY'
  | 'REFUND'
  | 'REVERSAL'
  | 'SPENDING';

export type RecordAllocationInput = {
  amountPence: number;
  budgetId: string | number;
  date: string;
  idempotencyKey: string;
  memo?: string | null | undefined;
  stream: FundingStreamKind;
};

export type RecordAssessmentInput = {
  assessment: AssessmentInput;
  journeyId: string | number;
};

export type RecordCarerWillingnessInput = {
  carerId: string | number;
  hoursPerWeek: number;
  note: string;
  willingAndAble: boolean;
};

export type RecordDirectPaymentArrangementsInput = {
  arrangements: DirectPaymentArrangementsInput;
  journeyId: string | number;
};

export type RecordFinancialAssessmentInput = {
  financial: FinancialAssessmentInput;
  journeyId: string | number;
};

export type RecordPaymentInput = {
  amountPence: number;
  budgetId: string | number;
  date: string;
  idempotencyKey: string;
  mechanism: RecordPaymentInputMechanism;
  payee: string;
  stream: FundingStreamKind;
};

export type RecordPaymentInputMechanism =
  | 'DIRECT_PAYMENT'
  | 'THIRD_PARTY';

export type RecordSpendingInput = {
  amountPence: number;
  budgetId: string | number;
  category: SpendingCategory;
  date: string;
  idempotencyKey: string;
  lineId: string;
  mechanism: LineDeliveryMechanism;
  note?: string | null | undefined;
  payee: string;
  receiptReference?: string | null | undefined;
  stream: FundingStreamKind;
};

export type RecordUnderspendDiscussionInput = {
  journeyId: string | number;
  summary: string;
  withWhom: string;
};

export type RecordViewKind =
  | 'READ'
  | 'WRITE';

export type ReferPersonInput = {
  adviser?: string | null | undefined;
  caresFor?: string | null | undefined;
  effectiveFrom?: string | null | undefined;
  engagementSupport?: EngagementSupport | null | undefined;
  personId: string | number;
  practitioner?: string | null | undefined;
  referral: ReferralInput;
};

export type ReferralInput = {
  referredBy: string;
  source: ReferralSource;
  toldAbout: string;
};

export type ReferralSource =
  | 'CARER'
  | 'GP'
  | 'HOSPITAL'
  | 'OTHER'
  | 'PRACTITIONER'
  | 'SELF';

export type RegisterPersonInput = {
  contact?: ContactInput | null | undefined;
  dateOfBirth?: string | null | undefined;
  equality?: EqualityDataInput | null | undefined;
  familyName: string;
  givenName: string;
  interpreterNeeded?: boolean | null | undefined;
  nhsNumber?: string | null | undefined;
  preferredLanguage?: string | null | undefined;
  researchConsent?: boolean | null | undefined;
};

export type ReplayAgainst =
  | 'CURRENT'
  | 'RECORDED';

export type ReplayWebhooksInput = {
  /** Every event of the subscription's types recorded at or after this instant is sent again. */
  from: string;
  subscriptionId: string | number;
};

export type ResolveChallengeInput = {
  challengeId: string | number;
  effectiveFrom?: string | null | undefined;
  newAmountPence?: number | null | undefined;
  reasons: Array<string>;
  result: ResolveChallengeInputResult;
};

export type ResolveChallengeInputResult =
  | 'NOT_UPHELD'
  | 'PARTLY_UPHELD'
  | 'UPHELD';

export type ResumeBudgetInput = {
  effectiveFrom?: string | null | undefined;
  journeyId: string | number;
};

export type ReversePostingInput = {
  budgetId: string | number;
  idempotencyKey: string;
  postingId: string | number;
  reason: string;
};

export type ReviewChallengeInput = {
  challengeId: string | number;
};

export type ReviewClock =
  | 'DIRECT_PAYMENT'
  | 'NHS_DIRECT_PAYMENT'
  | 'PLAN';

export type ReviewOutcome =
  | 'CHANGE_AMOUNT'
  | 'CHANGE_MECHANISM'
  | 'CONTINUE'
  | 'END'
  | 'REASSESS'
  | 'REVISE_PLAN';

export type ReviewStatus =
  | 'COMPLETED'
  | 'DUE'
  | 'IN_PROGRESS';

export type ReviewTrigger =
  | 'CAPACITY_CHANGE'
  | 'CARER_CHANGE'
  | 'CRISIS'
  | 'PERSON_REQUEST'
  | 'PRACTITIONER_REQUEST'
  | 'SCHEDULED';

export type RightToHaveGround =
  | 'CHILDRENS_CONTINUING_CARE'
  | 'CONTINUING_HEALTHCARE'
  | 'SECTION_117_AFTERCARE'
  | 'WHEELCHAIR';

export type RiskEnablementInput = {
  agreed: string;
  risk: string;
  whoDoesWhat: string;
};

export type Role =
  | 'ADVISER'
  | 'APPROVER'
  | 'AUDITOR'
  | 'CARER'
  | 'COMMISSIONER'
  | 'COUNCIL_ADMIN'
  | 'FINANCE'
  | 'PERSON'
  | 'PRACTITIONER'
  | 'PROVIDER'
  | 'SYSTEM';

export type SetCarerConsentInput = {
  carerId: string | number;
  scopes: Array<ConsentScope>;
};

export type SetIndicativeBudgetInput = {
  answers?: Array<SetIndicativeBudgetInputAnswersEntryInput> | null | undefined;
  carersBudget?: CarersBudgetRequestInput | null | undefined;
  journeyId: string | number;
  unpaidSupport?: UnpaidSupportRequestInput | null | undefined;
};

export type SetIndicativeBudgetInputAnswersEntryInput = {
  key: string;
  value: string;
};

export type SetResearchConsentInput = {
  personId: string | number;
  researchConsent: boolean;
};

export type Sex =
  | 'FEMALE'
  | 'INTERSEX'
  | 'MALE'
  | 'NOT_STATED';

export type SpendingCategory =
  | 'COMPLEMENTARY_THERAPIES'
  | 'EDUCATION_AND_COURSES'
  | 'EQUIPMENT'
  | 'HOBBIES_AND_CREATIVE'
  | 'OTHER'
  | 'PEER_SUPPORT_AND_COMMUNITY'
  | 'PERSONAL_ASSISTANT'
  | 'RESPITE_AND_SHORT_BREAKS'
  | 'SOCIAL_ACTIVITIES'
  | 'SPORT_AND_EXERCISE'
  | 'THERAPY_OUTSIDE_NHS'
  | 'TRANSPORT';

export type SpendingVerdict =
  | 'ALLOWED'
  | 'NEEDS_APPROVAL'
  | 'NOT_ALLOWED';

export type StartAssessmentInput = {
  journeyId: string | number;
};

export type StartCaseloadImportInput = {
  /** The caseload file's text (UTF-8), in pieces of at most 20,000 characters joined in order: a header naming some of source_id, given_name, family_name, date_of_birth, nhs_number, postcode, carer_name, carer_relationship, carer_nominated, stage, referral_source, referred_on, practitioner, funding_stream, mechanism, support, spending_category, cost, cost_frequency, outcome_domain, outcome, plan_start, opening_balance, balance_on, next_review (source_id, given_name, family_name and stage required), then one person a row. */
  csv: Array<string>;
  dryRun?: boolean | null | undefined;
  fileName?: string | null | undefined;
  /** The system the records come from (e.g. the council's previous case management system): a re-import from the same system matches rows by their source id. */
  sourceSystem: string;
};

export type StartExportInput = {
  exporterId: string;
  format: ExportFormat;
  parameters?: any;
};

export type StartReviewInput = {
  journeyId: string | number;
  reviewId?: string | null | undefined;
  trigger: ReviewTrigger;
};

export type SubmitDirectPaymentStatementInput = {
  budgetId: string | number;
  closingBalancePence: number;
  note?: string | null | undefined;
  periodEnd: string;
  receipts: number;
};

export type SubmitPlanInput = {
  journeyId: string | number;
};

export type SubscribeWebhookInput = {
  eventTypes: Array<WebhookEventType>;
  /** The endpoint each event is POSTed to (https). */
  url: string;
};

export type SupportPlanInput = {
  contingency: ContingencyPlanInput;
  lines: Array<PlanLineInput>;
  outcomes: Array<PlanOutcomeInput>;
  participants: Array<PlanParticipantInput>;
  riskEnablement: Array<RiskEnablementInput>;
};

export type SuspendBudgetInput = {
  effectiveFrom?: string | null | undefined;
  journeyId: string | number;
  reason: string;
};

export type UnableSense =
  | 'ENDANGERS_HEALTH_OR_SAFETY'
  | 'SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY'
  | 'TAKES_SIGNIFICANTLY_LONGER'
  | 'WITHOUT_ASSISTANCE';

export type UnpaidSupportRequestInput = {
  carerId: string | number;
  weeklyValuePence: number;
};

export type UnsubscribeWebhookInput = {
  subscriptionId: string | number;
};

export type UpdatePersonDetailsInput = {
  contact?: ContactInput | null | undefined;
  equality?: EqualityDataInput | null | undefined;
  interpreterNeeded?: boolean | null | undefined;
  ownStatement?: string | null | undefined;
  personId: string | number;
  preferredLanguage?: string | null | undefined;
};

export type WebhookEventType =
  | 'APPROVEDBUDGETREVISED'
  | 'ASSESSMENTRECORDED'
  | 'ASSESSMENTSTARTED'
  | 'BUDGETACTIVATED'
  | 'BUDGETCREATED'
  | 'BUDGETDECLINED'
  | 'BUDGETENDED'
  | 'BUDGETMECHANISMCHANGED'
  | 'BUDGETRESTORED'
  | 'BUDGETRESUMED'
  | 'BUDGETREVISEDONCHALLENGE'
  | 'BUDGETSUSPENDED'
  | 'CARERADDED'
  | 'CARERCONSENTGIVEN'
  | 'CARERCONSENTWITHDRAWN'
  | 'CARERELIGIBILITYDECIDED'
  | 'CARERWILLINGNESSCONFIRMED'
  | 'CARERWILLINGNESSWITHDRAWN'
  | 'CHALLENGELODGED'
  | 'CHALLENGERESOLVED'
  | 'CHALLENGEUNDERREVIEW'
  | 'CONTINGENCYACTIVATED'
  | 'CONTRIBUTIONREVISEDONCHALLENGE'
  | 'DECISIONRECORDED'
  | 'DIRECTORYIMPORTED'
  | 'DIRECTPAYMENTARRANGEMENTSRECORDED'
  | 'DIRECTPAYMENTNOTICEGIVEN'
  | 'DIRECTPAYMENTNOTICEWITHDRAWN'
  | 'DIRECTPAYMENTSENDED'
  | 'DIRECTPAYMENTSTATEMENTRECEIVED'
  | 'ELIGIBILITYDECIDED'
  | 'ELIGIBILITYOVERTURNED'
  | 'ENDINGWITHDRAWN'
  | 'FINANCIALASSESSMENTRECORDED'
  | 'FLAGGEDRECOVERYCONFIRMED'
  | 'IMPORTEDRECORDUPDATED'
  | 'INDICATIVEBUDGETOVERTURNED'
  | 'INDICATIVEBUDGETREVISED'
  | 'INDICATIVEBUDGETSET'
  | 'JOURNEYASSIGNED'
  | 'JOURNEYENDED'
  | 'JOURNEYIMPORTED'
  | 'PERSONDETAILSCHANGED'
  | 'PERSONREFERRED'
  | 'PERSONREGISTERED'
  | 'PLANAPPROVED'
  | 'PLANDRAFTED'
  | 'PLANLINEREINSTATED'
  | 'PLANREFUSALWITHDRAWN'
  | 'PLANREJECTED'
  | 'PLANSUBMITTED'
  | 'POSTINGMADE'
  | 'REMINDERDUE'
  | 'RESEARCHCONSENTGIVEN'
  | 'RESEARCHCONSENTWITHDRAWN'
  | 'REVIEWCOMPLETED'
  | 'REVIEWOUTCOMEAPPLIED'
  | 'REVIEWSTARTED'
  | 'SUSPENSIONWITHDRAWN'
  | 'UNDERSPENDDISCUSSED';

export type WellbeingImpact =
  | 'NONE'
  | 'SIGNIFICANT'
  | 'SOME';

export type WellbeingScoreInput = {
  instrument: string;
  raw: Array<number>;
  scored: number;
};

export type WorkItemKind =
  | 'CHALLENGE_RESPONSE'
  | 'CONTINGENCY_ENDING'
  | 'NO_SPENDING'
  | 'PLAN_APPROVAL'
  | 'RECOVERY_WINDOW'
  | 'REVIEW_DUE'
  | 'STATEMENT_DUE';

export type PortalDecisionsQueryVariables = Exact<{
  personId: string | number;
}>;


export type PortalDecisionsQuery = { decisionsOfPerson: Array<{ id: string, kind: DecisionKind, outcome: DecisionOutcome, madeAt: string, reasons: Array<{ criterion: string, text: string, met: boolean | null }>, policy: { id: string, version: string }, challenge: { how: string, deadline: string } }> };

export type CaseloadQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseloadQuery = { myCaseload: { edges: Array<{ node: { journeyId: string, personId: string, givenName: string, familyName: string, stage: JourneyStage, nextReviewDue: string | null, overdue: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccountTransactionsQueueQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  budgetId: string | number;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type AccountTransactionsQueueQuery = { accountTransactionsQueue: { edges: Array<{ cursor: string, node: { amountPence: number, bookingDate: string, budgetId: string, category: SpendingCategory | null, counterparty: string, id: string, importedAt: string, lineId: string | null, matchedBy: string | null, merchantCategoryCode: string | null, postingId: string | null, queueReason: string | null, reference: string, source: AccountFeedFormat, sourceId: string, state: AccountTransactionState, status: AccountTransactionStatus, updatedAt: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type AuditTrailQueryVariables = Exact<{
  actorSubject?: string | null | undefined;
  limit?: number | null | undefined;
  personId?: string | number | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: Array<{ actorRoles: Array<string>, actorSubject: string, api: string, at: string, councilId: string, kind: AuditEntryKind, operation: string, personId: string | null, purpose: string | null, requestId: string }> };

export type BudgetQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type BudgetQuery = { budget: { amountPence: number, councilId: string, createdAt: string, deliveryMechanism: DeliveryMechanism, id: string, personId: string, status: BudgetStatus, version: number, fundingStreams: Array<{ amountPence: number, stream: FundingStreamKind }>, person: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } } };

export type BudgetsQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type BudgetsQuery = { budgets: { edges: Array<{ cursor: string, node: { amountPence: number, councilId: string, createdAt: string, deliveryMechanism: DeliveryMechanism, id: string, personId: string, status: BudgetStatus, version: number, fundingStreams: Array<{ amountPence: number, stream: FundingStreamKind }>, person: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type BudgetStatementQueryVariables = Exact<{
  asAt?: string | null | undefined;
  budgetId: string | number;
  from: string;
  to: string;
}>;


export type BudgetStatementQuery = { budgetStatement: { budgetId: string, deliveryMechanism: DeliveryMechanism, from: string, to: string, byMechanism: Array<{ mechanism: LineDeliveryMechanism, paidPence: number | null, plannedAnnualPence: number, spentPence: number }>, closing: Array<{ account: string, balancePence: number }>, opening: Array<{ account: string, balancePence: number }>, postings: Array<{ budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> }> } };

export type CarersOfPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type CarersOfPersonQuery = { carersOfPerson: Array<{ consentScopes: Array<ConsentScope>, councilId: string, id: string, name: string, nominatedPerson: boolean, personId: string, relationship: string, subject: string | null, version: number, willingness: { confirmedOn: string, hoursPerWeek: number, note: string, willingAndAble: boolean } | null }> };

export type ChallengeQueryVariables = Exact<{
  challengeId: string | number;
}>;


export type ChallengeQuery = { challenge: { councilId: string, deadline: string, decisionId: string, grounds: string, id: string, lodgedAt: string, lodgedBy: string, outcomeDecisionId: string | null, personId: string, status: ChallengeStatus, version: number } };

export type ChallengesOfPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type ChallengesOfPersonQuery = { challengesOfPerson: Array<{ councilId: string, deadline: string, decisionId: string, grounds: string, id: string, lodgedAt: string, lodgedBy: string, outcomeDecisionId: string | null, personId: string, status: ChallengeStatus, version: number }> };

export type DecisionQueryVariables = Exact<{
  decisionId: string | number;
}>;


export type DecisionQuery = { decision: { confirmedBy: string, councilId: string, flags: Array<DecisionFlag>, id: string, inputs: any, kind: DecisionKind, madeAt: string, outcome: DecisionOutcome, personId: string, subjectId: string, subjectType: DecisionSubject, supersedes: string | null, allocation: Array<{ amountPence: number | null, label: string, points: number | null, text: string }>, amounts: Array<{ key: string, value: number }>, challenge: { basis: Array<string> | null, deadline: string, how: string, routes: Array<string> | null }, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> } };

export type DecisionLetterQueryVariables = Exact<{
  decisionId: string | number;
  easyRead?: boolean | null | undefined;
}>;


export type DecisionLetterQuery = { decisionLetter: { closing: Array<string>, date: string, decidedUnder: string, decisionId: string, easyRead: boolean, greeting: string, html: string, kind: DecisionKind, preferredLanguage: string | null, summary: Array<string>, title: string, allocation: Array<{ label: string, value: string }>, amounts: Array<{ label: string, value: string }>, challenge: { deadline: string, text: Array<string> }, reasons: Array<{ finding: string | null, text: string }> } };

export type DecisionsOfPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type DecisionsOfPersonQuery = { decisionsOfPerson: Array<{ confirmedBy: string, councilId: string, flags: Array<DecisionFlag>, id: string, inputs: any, kind: DecisionKind, madeAt: string, outcome: DecisionOutcome, personId: string, subjectId: string, subjectType: DecisionSubject, supersedes: string | null, allocation: Array<{ amountPence: number | null, label: string, points: number | null, text: string }>, amounts: Array<{ key: string, value: number }>, challenge: { basis: Array<string> | null, deadline: string, how: string, routes: Array<string> | null }, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> };

export type DirectoryQueryVariables = Exact<{
  after?: string | null | undefined;
  area?: string | null | undefined;
  before?: string | null | undefined;
  category?: SpendingCategory | null | undefined;
  first?: number | null | undefined;
  kind?: DirectoryEntryKind | null | undefined;
  language?: string | null | undefined;
  last?: number | null | undefined;
  need?: string | null | undefined;
}>;


export type DirectoryQuery = { directory: { edges: Array<{ cursor: string, node: { areas: Array<string>, categories: Array<SpendingCategory>, councilId: string, culturalFit: Array<string>, description: string, eligibility: string | null, email: string | null, fees: string | null, id: string, keywords: Array<string>, kind: DirectoryEntryKind, languages: Array<string>, maximumAge: number | null, minimumAge: number | null, name: string, sourceId: string, updatedAt: string, url: string | null, costs: Array<{ amountPence: number, description: string | null, per: string | null }>, locations: Array<{ address: string | null, name: string | null, postcode: string | null, postcodeDistrict: string | null }>, organisation: { description: string | null, name: string, sourceId: string | null, url: string | null } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type DirectoryEntryQueryVariables = Exact<{
  entryId: string | number;
}>;


export type DirectoryEntryQuery = { directoryEntry: { areas: Array<string>, categories: Array<SpendingCategory>, councilId: string, culturalFit: Array<string>, description: string, eligibility: string | null, email: string | null, fees: string | null, id: string, keywords: Array<string>, kind: DirectoryEntryKind, languages: Array<string>, maximumAge: number | null, minimumAge: number | null, name: string, sourceId: string, updatedAt: string, url: string | null, costs: Array<{ amountPence: number, description: string | null, per: string | null }>, locations: Array<{ address: string | null, name: string | null, postcode: string | null, postcodeDistrict: string | null }>, organisation: { description: string | null, name: string, sourceId: string | null, url: string | null } } };

export type DirectPaymentStatementDueQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type DirectPaymentStatementDueQuery = { directPaymentStatementDue: { budgetId: string, dueOn: string | null, lastStatement: string | null, overdue: boolean } };

export type ExportersQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportersQuery = { exporters: Array<{ description: string, formats: Array<ExportFormat>, id: string, personLevel: boolean, version: string, columns: Array<{ header: string, key: string }> }> };

export type ExportRunQueryVariables = Exact<{
  runId: string | number;
}>;


export type ExportRunQuery = { exportRun: { byteCount: number, checksumSha256: string | null, councilId: string, downloadPath: string | null, error: string | null, exporterId: string, exporterVersion: string, finishedAt: string | null, format: ExportFormat, id: string, parameters: any, requestedBy: string, requestedRoles: Array<Role>, rowCount: number, startedAt: string, status: ExportRunStatus } };

export type FhirPlansOfPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type FhirPlansOfPersonQuery = { fhirPlansOfPerson: { carePlans: Array<{ created: string, id: string, intent: FhirCarePlanIntent, resourceType: FhirCarePlanResourceType, status: FhirCarePlanStatus, title: string, activity: Array<{ detail: { description: string, status: FhirCarePlanActivityStatus } }>, category: Array<{ text: string | null, coding: Array<{ code: string, display: string | null, system: string }> | null }>, contributor: Array<{ display: string | null, reference: string | null }>, extension: Array<{ url: string, valueBoolean: boolean | null, valueCode: string | null, valueString: string | null, extension: Array<{ url: string, valueBoolean: boolean | null, valueCode: string | null, valueString: string | null }> | null, valueMoney: { currency: FhirMoneyCurrency, value: number } | null }>, goal: Array<{ display: string | null, reference: string | null }>, meta: { versionId: string }, period: { end: string | null, start: string | null } | null, subject: { display: string | null, reference: string | null } }>, goals: Array<{ id: string, lifecycleStatus: FhirGoalLifecycleStatus, resourceType: FhirGoalResourceType, startDate: string | null, achievementStatus: { text: string | null, coding: Array<{ code: string, display: string | null, system: string }> | null } | null, category: Array<{ text: string | null, coding: Array<{ code: string, display: string | null, system: string }> | null }>, description: { text: string | null, coding: Array<{ code: string, display: string | null, system: string }> | null }, expressedBy: { display: string | null, reference: string | null }, subject: { display: string | null, reference: string | null }, target: Array<{ measure: { text: string | null } }> }>, patient: { birthDate: string | null, id: string, resourceType: FhirPatientResourceType, communication: Array<{ preferred: boolean, language: { text: string | null } }> | null, identifier: Array<{ system: string, value: string }> | null, name: Array<{ family: string, given: Array<string>, use: FhirHumanNameUse }> } } };

export type GlossaryQueryVariables = Exact<{ [key: string]: never; }>;


export type GlossaryQuery = { glossary: Array<{ definition: string, key: string, nationalTerm: string, term: string }> };

export type ImportRunQueryVariables = Exact<{
  runId: string | number;
}>;


export type ImportRunQuery = { importRun: { councilId: string, dryRun: boolean, error: string | null, fileName: string | null, fileSha256: string, finishedAt: string | null, id: string, kind: ImportKind, requestedBy: string, sourceSystem: string, startedAt: string, status: ImportRunStatus, counts: { created: number, failed: number, processedRows: number, totalRows: number, unchanged: number, updated: number }, problems: Array<{ column: string | null, message: string, row: number, sourceId: string | null }> } };

export type ImportRunsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ImportRunsQuery = { importRuns: Array<{ councilId: string, dryRun: boolean, error: string | null, fileName: string | null, fileSha256: string, finishedAt: string | null, id: string, kind: ImportKind, requestedBy: string, sourceSystem: string, startedAt: string, status: ImportRunStatus, counts: { created: number, failed: number, processedRows: number, totalRows: number, unchanged: number, updated: number }, problems: Array<{ column: string | null, message: string, row: number, sourceId: string | null }> }> };

export type JobsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type JobsQuery = { jobs: Array<{ createdAt: string, endedAt: string | null, exportRunId: string | null, id: string, importRunId: string | null, kind: JobKind, lastError: string | null, retries: number, rowCount: number | null, startedAt: string | null, state: JobState }> };

export type JourneyQueryVariables = Exact<{
  journeyId: string | number;
}>;


export type JourneyQuery = { journey: { contingencyActive: boolean, journey: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } } };

export type JourneyInPlainWordsQueryVariables = Exact<{
  journeyId: string | number;
}>;


export type JourneyInPlainWordsQuery = { journeyInPlainWords: { journeyId: string, nextReviewDue: string | null, stage: JourneyStage, whatHappensNext: string, whereYouAre: string, decisionsYouCanChallenge: Array<{ about: string, decisionId: string, kind: DecisionKind, until: string }> } };

export type JourneysQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type JourneysQuery = { journeys: { edges: Array<{ cursor: string, node: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger }>, submission: { planVersion: number } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type JourneysOfPersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type JourneysOfPersonQuery = { journeysOfPerson: Array<{ adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null }> };

export type LedgerBalancesQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type LedgerBalancesQuery = { ledgerBalances: { budgetId: string, accounts: Array<{ account: string, balancePence: number }> } };

export type LedgerHistoryQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type LedgerHistoryQuery = { ledgerHistory: Array<{ budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> }> };

export type MyCaseloadQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type MyCaseloadQuery = { myCaseload: { edges: Array<{ cursor: string, node: { budgetId: string | null, contingencyUntil: string | null, familyName: string, givenName: string, id: string, journeyId: string, nextReviewDue: string | null, overdue: boolean, personId: string, stage: JourneyStage } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type PersonQueryVariables = Exact<{
  personId: string | number;
}>;


export type PersonQuery = { person: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } };

export type ProviderStatementQueryVariables = Exact<{
  budgetId: string | number;
  from: string;
  providerId?: string | null | undefined;
  to: string;
}>;


export type ProviderStatementQuery = { providerStatement: { budgetId: string, from: string, providerId: string, to: string, lines: Array<{ category: SpendingCategory, description: string, lineId: string, plannedAnnualPence: number, spentPence: number }>, postings: Array<{ budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> }> } };

export type ReplayDecisionQueryVariables = Exact<{
  against?: ReplayAgainst | null | undefined;
  decisionId: string | number;
}>;


export type ReplayDecisionQuery = { replayDecision: { against: ReplayAgainst, decisionId: string, kind: DecisionKind, recordedOutcome: string, replayedOutcome: string, same: boolean, differences: Array<{ field: string, recorded: string | null, replayed: string | null }>, recordedReasons: Array<{ criterion: string, met: boolean | null, text: string }>, recordedWith: { id: string, version: string }, replayedReasons: Array<{ criterion: string, met: boolean | null, text: string }>, replayedWith: { id: string, version: string } } };

export type SpendingAgainstPlanQueryVariables = Exact<{
  budgetId: string | number;
}>;


export type SpendingAgainstPlanQuery = { spendingAgainstPlan: { budgetId: string, categories: Array<{ category: string, leftPence: number, plannedPence: number, spentPence: number }>, lines: Array<{ category: string, description: string, leftPence: number, lineId: string, plannedPence: number, spentPence: number }> } };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ councilId: string, createdAt: string, eventTypes: Array<WebhookEventType>, id: string, url: string }> };

export type WhoSawMyRecordQueryVariables = Exact<{
  personId: string | number;
}>;


export type WhoSawMyRecordQuery = { whoSawMyRecord: Array<{ kind: RecordViewKind, purpose: string | null, roles: Array<string>, what: string, when: string, who: string }> };

export type WorkQueueQueryVariables = Exact<{
  after?: string | null | undefined;
  assignee?: string | null | undefined;
  before?: string | null | undefined;
  dueBy?: string | null | undefined;
  first?: number | null | undefined;
  flags?: Array<DecisionFlag> | DecisionFlag | null | undefined;
  kinds?: Array<WorkItemKind> | WorkItemKind | null | undefined;
  last?: number | null | undefined;
}>;


export type WorkQueueQuery = { workQueue: { edges: Array<{ cursor: string, node: { assignee: string | null, dueDate: string, flags: Array<DecisionFlag>, id: string, journeyId: string | null, kind: WorkItemKind, overdue: boolean, personId: string, rule: string, subjectId: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null } } };

export type ActivateContingencyMutationVariables = Exact<{
  input: ActivateContingencyInput;
}>;


export type ActivateContingencyMutation = { activateContingency: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type AddCarerMutationVariables = Exact<{
  input: AddCarerInput;
}>;


export type AddCarerMutation = { addCarer: { consentScopes: Array<ConsentScope>, councilId: string, id: string, name: string, nominatedPerson: boolean, personId: string, relationship: string, subject: string | null, version: number, willingness: { confirmedOn: string, hoursPerWeek: number, note: string, willingAndAble: boolean } | null } };

export type AllocateDueMutationVariables = Exact<{
  input: AllocateDueInput;
}>;


export type AllocateDueMutation = { allocateDue: Array<{ budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> }> };

export type AllocateDueForCouncilMutationVariables = Exact<{ [key: string]: never; }>;


export type AllocateDueForCouncilMutation = { allocateDueForCouncil: { allocationsInPlace: number, asOf: string, budgets: number, failed: Array<{ budgetId: string, reason: string }> } };

export type AssessCarerMutationVariables = Exact<{
  input: AssessCarerInput;
}>;


export type AssessCarerMutation = { assessCarer: { confirmedBy: string, councilId: string, flags: Array<DecisionFlag>, id: string, inputs: any, kind: DecisionKind, madeAt: string, outcome: DecisionOutcome, personId: string, subjectId: string, subjectType: DecisionSubject, supersedes: string | null, allocation: Array<{ amountPence: number | null, label: string, points: number | null, text: string }>, amounts: Array<{ key: string, value: number }>, challenge: { basis: Array<string> | null, deadline: string, how: string, routes: Array<string> | null }, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> } };

export type AssignJourneyMutationVariables = Exact<{
  input: AssignJourneyInput;
}>;


export type AssignJourneyMutation = { assignJourney: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type CancelExportMutationVariables = Exact<{
  input: CancelExportInput;
}>;


export type CancelExportMutation = { cancelExport: { byteCount: number, checksumSha256: string | null, councilId: string, downloadPath: string | null, error: string | null, exporterId: string, exporterVersion: string, finishedAt: string | null, format: ExportFormat, id: string, parameters: any, requestedBy: string, requestedRoles: Array<Role>, rowCount: number, startedAt: string, status: ExportRunStatus } };

export type CheckDirectPaymentSurplusMutationVariables = Exact<{
  input: CheckDirectPaymentSurplusInput;
}>;


export type CheckDirectPaymentSurplusMutation = { checkDirectPaymentSurplus: { confirmedBy: string, councilId: string, flags: Array<DecisionFlag>, id: string, inputs: any, kind: DecisionKind, madeAt: string, outcome: DecisionOutcome, personId: string, subjectId: string, subjectType: DecisionSubject, supersedes: string | null, allocation: Array<{ amountPence: number | null, label: string, points: number | null, text: string }>, amounts: Array<{ key: string, value: number }>, challenge: { basis: Array<string> | null, deadline: string, how: string, routes: Array<string> | null }, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> } };

export type CompleteDirectPaymentEndingMutationVariables = Exact<{
  input: CompleteDirectPaymentEndingInput;
}>;


export type CompleteDirectPaymentEndingMutation = { completeDirectPaymentEnding: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type CompleteReviewMutationVariables = Exact<{
  input: CompleteReviewInput;
}>;


export type CompleteReviewMutation = { completeReview: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type ConfirmRecoveryMutationVariables = Exact<{
  input: ConfirmRecoveryInput;
}>;


export type ConfirmRecoveryMutation = { confirmRecovery: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type CreateBudgetMutationVariables = Exact<{
  input: CreateBudgetInput;
}>;


export type CreateBudgetMutation = { createBudget: { amountPence: number, councilId: string, createdAt: string, deliveryMechanism: DeliveryMechanism, id: string, personId: string, status: BudgetStatus, version: number, fundingStreams: Array<{ amountPence: number, stream: FundingStreamKind }>, person: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } } };

export type DecideEligibilityMutationVariables = Exact<{
  input: DecideEligibilityInput;
}>;


export type DecideEligibilityMutation = { decideEligibility: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type DecidePlanMutationVariables = Exact<{
  input: DecidePlanInput;
}>;


export type DecidePlanMutation = { decidePlan: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type DeclineBudgetMutationVariables = Exact<{
  input: DeclineBudgetInput;
}>;


export type DeclineBudgetMutation = { declineBudget: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type DraftPlanMutationVariables = Exact<{
  input: DraftPlanInput;
}>;


export type DraftPlanMutation = { draftPlan: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type DrawContingencyMutationVariables = Exact<{
  input: DrawContingencyInput;
}>;


export type DrawContingencyMutation = { drawContingency: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type EndJourneyMutationVariables = Exact<{
  input: EndJourneyInput;
}>;


export type EndJourneyMutation = { endJourney: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type GiveDirectPaymentNoticeMutationVariables = Exact<{
  input: GiveDirectPaymentNoticeInput;
}>;


export type GiveDirectPaymentNoticeMutation = { giveDirectPaymentNotice: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type ImportAccountTransactionsMutationVariables = Exact<{
  input: ImportAccountTransactionsInput;
}>;


export type ImportAccountTransactionsMutation = { importAccountTransactions: { added: number, matched: number, queued: number, unchanged: number, updated: number, problems: Array<{ problem: string, sourceId: string }> } };

export type ImportDirectoryMutationVariables = Exact<{
  input: OrukFeedInput;
}>;


export type ImportDirectoryMutation = { importDirectory: { added: number, unchanged: number, updated: number, refused: Array<{ reasons: Array<string>, serviceId: string }> } };

export type ImportDirectoryCsvMutationVariables = Exact<{
  input: ImportDirectoryCsvInput;
}>;


export type ImportDirectoryCsvMutation = { importDirectoryCsv: { added: number, unchanged: number, updated: number, refused: Array<{ reasons: Array<string>, serviceId: string }> } };

export type LodgeChallengeMutationVariables = Exact<{
  input: LodgeChallengeInput;
}>;


export type LodgeChallengeMutation = { lodgeChallenge: { councilId: string, deadline: string, decisionId: string, grounds: string, id: string, lodgedAt: string, lodgedBy: string, outcomeDecisionId: string | null, personId: string, status: ChallengeStatus, version: number } };

export type MatchAccountTransactionMutationVariables = Exact<{
  input: MatchAccountTransactionInput;
}>;


export type MatchAccountTransactionMutation = { matchAccountTransaction: { amountPence: number, bookingDate: string, budgetId: string, category: SpendingCategory | null, counterparty: string, id: string, importedAt: string, lineId: string | null, matchedBy: string | null, merchantCategoryCode: string | null, postingId: string | null, queueReason: string | null, reference: string, source: AccountFeedFormat, sourceId: string, state: AccountTransactionState, status: AccountTransactionStatus, updatedAt: string } };

export type RecordAllocationMutationVariables = Exact<{
  input: RecordAllocationInput;
}>;


export type RecordAllocationMutation = { recordAllocation: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type RecordCarerWillingnessMutationVariables = Exact<{
  input: RecordCarerWillingnessInput;
}>;


export type RecordCarerWillingnessMutation = { recordCarerWillingness: { consentScopes: Array<ConsentScope>, councilId: string, id: string, name: string, nominatedPerson: boolean, personId: string, relationship: string, subject: string | null, version: number, willingness: { confirmedOn: string, hoursPerWeek: number, note: string, willingAndAble: boolean } | null } };

export type RecordDirectPaymentArrangementsMutationVariables = Exact<{
  input: RecordDirectPaymentArrangementsInput;
}>;


export type RecordDirectPaymentArrangementsMutation = { recordDirectPaymentArrangements: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type RecordFinancialAssessmentMutationVariables = Exact<{
  input: RecordFinancialAssessmentInput;
}>;


export type RecordFinancialAssessmentMutation = { recordFinancialAssessment: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type RecordSpendingMutationVariables = Exact<{
  input: RecordSpendingInput;
}>;


export type RecordSpendingMutation = { recordSpending: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type RecordUnderspendDiscussionMutationVariables = Exact<{
  input: RecordUnderspendDiscussionInput;
}>;


export type RecordUnderspendDiscussionMutation = { recordUnderspendDiscussion: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type ReferPersonMutationVariables = Exact<{
  input: ReferPersonInput;
}>;


export type ReferPersonMutation = { referPerson: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } };

export type ReplayWebhooksMutationVariables = Exact<{
  input: ReplayWebhooksInput;
}>;


export type ReplayWebhooksMutation = { replayWebhooks: { queued: number, subscriptionId: string } };

export type ResolveChallengeMutationVariables = Exact<{
  input: ResolveChallengeInput;
}>;


export type ResolveChallengeMutation = { resolveChallenge: { councilId: string, deadline: string, decisionId: string, grounds: string, id: string, lodgedAt: string, lodgedBy: string, outcomeDecisionId: string | null, personId: string, status: ChallengeStatus, version: number } };

export type ResumeBudgetMutationVariables = Exact<{
  input: ResumeBudgetInput;
}>;


export type ResumeBudgetMutation = { resumeBudget: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type ReversePostingMutationVariables = Exact<{
  input: ReversePostingInput;
}>;


export type ReversePostingMutation = { reversePosting: { budgetId: string, councilId: string, createdAt: string, createdBy: string, decisionId: string | null, effectiveDate: string, id: string, idempotencyKey: string, kind: PostingKind, memo: string, reverses: string | null, details: { category: string | null, lineId: string | null, payee: string | null, receiptReference: string | null }, entries: Array<{ account: string, amountPence: number }> } };

export type ReviewChallengeMutationVariables = Exact<{
  input: ReviewChallengeInput;
}>;


export type ReviewChallengeMutation = { reviewChallenge: { councilId: string, deadline: string, decisionId: string, grounds: string, id: string, lodgedAt: string, lodgedBy: string, outcomeDecisionId: string | null, personId: string, status: ChallengeStatus, version: number } };

export type SetCarerConsentMutationVariables = Exact<{
  input: SetCarerConsentInput;
}>;


export type SetCarerConsentMutation = { setCarerConsent: { consentScopes: Array<ConsentScope>, councilId: string, id: string, name: string, nominatedPerson: boolean, personId: string, relationship: string, subject: string | null, version: number, willingness: { confirmedOn: string, hoursPerWeek: number, note: string, willingAndAble: boolean } | null } };

export type SetIndicativeBudgetMutationVariables = Exact<{
  input: SetIndicativeBudgetInput;
}>;


export type SetIndicativeBudgetMutation = { setIndicativeBudget: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type SetResearchConsentMutationVariables = Exact<{
  input: SetResearchConsentInput;
}>;


export type SetResearchConsentMutation = { setResearchConsent: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } };

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type StartCaseloadImportMutationVariables = Exact<{
  input: StartCaseloadImportInput;
}>;


export type StartCaseloadImportMutation = { startCaseloadImport: { councilId: string, dryRun: boolean, error: string | null, fileName: string | null, fileSha256: string, finishedAt: string | null, id: string, kind: ImportKind, requestedBy: string, sourceSystem: string, startedAt: string, status: ImportRunStatus, counts: { created: number, failed: number, processedRows: number, totalRows: number, unchanged: number, updated: number }, problems: Array<{ column: string | null, message: string, row: number, sourceId: string | null }> } };

export type StartExportMutationVariables = Exact<{
  input: StartExportInput;
}>;


export type StartExportMutation = { startExport: { byteCount: number, checksumSha256: string | null, councilId: string, downloadPath: string | null, error: string | null, exporterId: string, exporterVersion: string, finishedAt: string | null, format: ExportFormat, id: string, parameters: any, requestedBy: string, requestedRoles: Array<Role>, rowCount: number, startedAt: string, status: ExportRunStatus } };

export type StartReviewMutationVariables = Exact<{
  input: StartReviewInput;
}>;


export type StartReviewMutation = { startReview: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type SubmitDirectPaymentStatementMutationVariables = Exact<{
  input: SubmitDirectPaymentStatementInput;
}>;


export type SubmitDirectPaymentStatementMutation = { submitDirectPaymentStatement: { budgetId: string, periodEnd: string, receivedOn: string } };

export type SubmitPlanMutationVariables = Exact<{
  input: SubmitPlanInput;
}>;


export type SubmitPlanMutation = { submitPlan: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type SubscribeWebhookMutationVariables = Exact<{
  input: SubscribeWebhookInput;
}>;


export type SubscribeWebhookMutation = { subscribeWebhook: { secret: string, subscription: { councilId: string, createdAt: string, eventTypes: Array<WebhookEventType>, id: string, url: string } } };

export type SuspendBudgetMutationVariables = Exact<{
  input: SuspendBudgetInput;
}>;


export type SuspendBudgetMutation = { suspendBudget: { adviser: string | null, budgetId: string | null, caresFor: string | null, councilId: string, declineReason: string | null, eligibilityDecisionId: string | null, engagementSupport: EngagementSupport, healthEligible: boolean, id: string, indicativeDecisionId: string | null, informationAndAdvice: string | null, openedAt: string, personId: string, practitioner: string | null, requestedOn: string | null, stage: JourneyStage, updatedAt: string, version: number, approved: { costOfMeetingNeedsPence: number, councilSharePence: number, decisionId: string, effectiveFrom: string | null, nhsSharePence: number, personContributionPence: number, personTopUpPence: number | null, planVersion: number, refusedLines: Array<{ decisionId: string, lineId: string }> | null } | null, assessment: { detentions: Array<Detention>, healthGrounds: Array<RightToHaveGround>, healthNeeds: Array<string>, impairmentOrIllness: string, needsAriseFromImpairmentOrIllness: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, fluctuation: { pattern: string, episodes: Array<{ description: string, from: string, to: string }> } | null, outcomes: Array<{ evidence: string, outcome: AdultOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, carerAssessment: { healthAtRiskOfDeteriorating: boolean, needsAriseFromProvidingNecessaryCare: boolean, wellbeingEvidence: string, wellbeingImpact: WellbeingImpact, outcomes: Array<{ evidence: string, outcome: CarerOutcome, unableSenses: Array<UnableSense> }>, period: { from: string, to: string }, views: { carer: string | null, person: string, practitioner: string } } | null, contingency: { decisionId: string, from: string, until: string, upliftPence: number } | null, directPaymentArrangements: { appropriateWayToMeetNeeds: boolean, capableOfManaging: boolean, justiceRequirements: Array<JusticeRequirement>, requestedBy: DirectPaymentRequester, authorisedPerson: { capableOfManaging: boolean, deputyOrAttorneySupports: boolean | null, name: string, relationship: string, willActInBestInterests: boolean } | null, capacity: { assessedBy: string, assessedOn: string, hasCapacity: boolean }, householdPayments: Array<{ lineId: string, necessaryBecause: string | null, relationship: HouseholdRelationship }>, nhs: { careCoordinator: string | null, riskAssessedOn: string | null, riskManagementAgreedInPlan: boolean } | null, nominatedPerson: { agreesToActAsNominee: boolean, name: string, relationship: string } | null } | null, directPaymentEnding: { endsOn: string, explanation: string, immediateBecause: string | null, noticeDecisionId: string, noticeGivenOn: string, reason: DirectPaymentEndingReason, alternative: { arrangedBy: string, mechanism: ManagedAlternativeMechanism, personAgreed: boolean }, completed: { decisionId: string, on: string, returnedPence: number } | null, underspend: { discussedOn: string, summary: string, withWhom: string } | null } | null, ending: { decisionId: string, note: string, on: string, reason: EndReason } | null, financial: { decisionId: string, weeklyContributionPence: number, assessment: { ageYears: number, assessedOn: string | null, capitalPence: number, dateOfBirth: string | null, household: Household | null, receivesSection117Aftercare: boolean, weeklyDisabilityRelatedExpenditurePence: number, weeklyHousingCostsPence: number, weeklyIncomePence: number, premiums: { carer: boolean, dependentChildren: number, disability: boolean, enhancedDisability: boolean } | null } } | null, plans: Array<{ annualCostPence: number, createdAt: string, createdBy: string, version: number, content: { contingency: { maxDurationDays: number, steps: Array<string>, upliftCapPence: number }, lines: Array<{ category: SpendingCategory, deliveryMechanism: LineDeliveryMechanism, description: string, directoryEntryId: string | null, frequency: Frequency, fundingStream: FundingStreamKind, id: string, outcomeIds: Array<string>, personTopUpPence: number | null, provider: string | null, providerId: string | null, section117Aftercare: boolean | null, unitCostPence: number, unitsPerPeriod: number }>, outcomes: Array<{ domain: OutcomeDomain, howProgressWillBeSeen: string, id: string, inOwnWords: string, weight: number | null }>, participants: Array<{ name: string, role: PlanParticipantRole }>, riskEnablement: Array<{ agreed: string, risk: string, whoDoesWhat: string }> } }>, referral: { referredBy: string, source: ReferralSource, toldAbout: string }, reviews: Array<{ clock: ReviewClock | null, completedOn: string | null, decisionId: string | null, dueDate: string, id: string, outcome: ReviewOutcome | null, status: ReviewStatus, trigger: ReviewTrigger, measures: Array<{ instrument: string, problems: Array<string>, wantsHelpWith: Array<string>, figures: Array<{ name: string, value: number }>, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }> | null, progress: Array<{ attainment: number, note: string, outcomeId: string }>, views: { carer: string | null, person: string, practitioner: string } | null, wellbeing: { instrument: string, raw: Array<number>, scored: number } | null }>, submission: { planVersion: number, lineChecks: Array<{ lineId: string, verdict: SpendingVerdict, policy: { id: string, version: string }, reason: { criterion: string, met: boolean | null, text: string } }>, requirement: { level: ApprovalLevel, minimumApproverLimitPence: number, policy: { id: string, version: string }, reasons: Array<{ criterion: string, met: boolean | null, text: string }> }, upperBanding: { capPence: number, planCostPence: number } | null } | null, suspension: { decisionId: string, from: string, reason: string, resumeTo: JourneyStage | null } | null } };

export type UnsubscribeWebhookMutationVariables = Exact<{
  input: UnsubscribeWebhookInput;
}>;


export type UnsubscribeWebhookMutation = { unsubscribeWebhook: { subscriptionId: string } };

export type UpdatePersonDetailsMutationVariables = Exact<{
  input: UpdatePersonDetailsInput;
}>;


export type UpdatePersonDetailsMutation = { updatePersonDetails: { councilId: string, createdAt: string, dateOfBirth: string | null, familyName: string, givenName: string, id: string, interpreterNeeded: boolean, nhsNumber: string | null, ownStatement: string | null, preferredLanguage: string | null, researchConsent: boolean, contact: { address: string | null, email: string | null, phone: string | null }, equality: { ethnicity: EthnicCategory | null, sex: Sex | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PortalDecisionsDocument = new TypedDocumentString(`
    query PortalDecisions($personId: ID!) {
  decisionsOfPerson(personId: $personId) {
    id
    kind
    outcome
    madeAt
    reasons {
      criterion
      text
      met
    }
    policy {
      id
      version
    }
    challenge {
      how
      deadline
    }
  }
}
    `) as unknown as TypedDocumentString<PortalDecisionsQuery, PortalDecisionsQueryVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($first: Int, $after: String) {
  myCaseload(first: $first, after: $after) {
    edges {
      node {
        journeyId
        personId
        givenName
        familyName
        stage
        nextReviewDue
        overdue
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const AccountTransactionsQueueDocument = new TypedDocumentString(`
    query AccountTransactionsQueue($after: String, $before: String, $budgetId: ID!, $first: Int, $last: Int) {
  accountTransactionsQueue(
    after: $after
    before: $before
    budgetId: $budgetId
    first: $first
    last: $last
  ) {
    edges {
      cursor
      node {
        amountPence
        bookingDate
        budgetId
        category
        counterparty
        id
        importedAt
        lineId
        matchedBy
        merchantCategoryCode
        postingId
        queueReason
        reference
        source
        sourceId
        state
        status
        updatedAt
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AccountTransactionsQueueQuery, AccountTransactionsQueueQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($actorSubject: String, $limit: Int, $personId: ID) {
  auditTrail(actorSubject: $actorSubject, limit: $limit, personId: $personId) {
    actorRoles
    actorSubject
    api
    at
    councilId
    kind
    operation
    personId
    purpose
    requestId
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const BudgetDocument = new TypedDocumentString(`
    query Budget($budgetId: ID!) {
  budget(budgetId: $budgetId) {
    amountPence
    councilId
    createdAt
    deliveryMechanism
    fundingStreams {
      amountPence
      stream
    }
    id
    person {
      contact {
        address
        email
        phone
      }
      councilId
      createdAt
      dateOfBirth
      equality {
        ethnicity
        sex
      }
      familyName
      givenName
      id
      interpreterNeeded
      nhsNumber
      ownStatement
      preferredLanguage
      researchConsent
    }
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<BudgetQuery, BudgetQueryVariables>;
export const BudgetsDocument = new TypedDocumentString(`
    query Budgets($after: String, $before: String, $first: Int, $last: Int) {
  budgets(after: $after, before: $before, first: $first, last: $last) {
    edges {
      cursor
      node {
        amountPence
        councilId
        createdAt
        deliveryMechanism
        fundingStreams {
          amountPence
          stream
        }
        id
        person {
          councilId
          createdAt
          dateOfBirth
          familyName
          givenName
          id
          interpreterNeeded
          nhsNumber
          ownStatement
          preferredLanguage
          researchConsent
        }
        personId
        status
        version
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetsQuery, BudgetsQueryVariables>;
export const BudgetStatementDocument = new TypedDocumentString(`
    query BudgetStatement($asAt: Date, $budgetId: ID!, $from: Date!, $to: Date!) {
  budgetStatement(asAt: $asAt, budgetId: $budgetId, from: $from, to: $to) {
    budgetId
    byMechanism {
      mechanism
      paidPence
      plannedAnnualPence
      spentPence
    }
    closing {
      account
      balancePence
    }
    deliveryMechanism
    from
    opening {
      account
      balancePence
    }
    postings {
      budgetId
      councilId
      createdAt
      createdBy
      decisionId
      details {
        category
        lineId
        payee
        receiptReference
      }
      effectiveDate
      entries {
        account
        amountPence
      }
      id
      idempotencyKey
      kind
      memo
      reverses
    }
    to
  }
}
    `) as unknown as TypedDocumentString<BudgetStatementQuery, BudgetStatementQueryVariables>;
export const CarersOfPersonDocument = new TypedDocumentString(`
    query CarersOfPerson($personId: ID!) {
  carersOfPerson(personId: $personId) {
    consentScopes
    councilId
    id
    name
    nominatedPerson
    personId
    relationship
    subject
    version
    willingness {
      confirmedOn
      hoursPerWeek
      note
      willingAndAble
    }
  }
}
    `) as unknown as TypedDocumentString<CarersOfPersonQuery, CarersOfPersonQueryVariables>;
export const ChallengeDocument = new TypedDocumentString(`
    query Challenge($challengeId: ID!) {
  challenge(challengeId: $challengeId) {
    councilId
    deadline
    decisionId
    grounds
    id
    lodgedAt
    lodgedBy
    outcomeDecisionId
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ChallengeQuery, ChallengeQueryVariables>;
export const ChallengesOfPersonDocument = new TypedDocumentString(`
    query ChallengesOfPerson($personId: ID!) {
  challengesOfPerson(personId: $personId) {
    councilId
    deadline
    decisionId
    grounds
    id
    lodgedAt
    lodgedBy
    outcomeDecisionId
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ChallengesOfPersonQuery, ChallengesOfPersonQueryVariables>;
export const DecisionDocument = new TypedDocumentString(`
    query Decision($decisionId: ID!) {
  decision(decisionId: $decisionId) {
    allocation {
      amountPence
      label
      points
      text
    }
    amounts {
      key
      value
    }
    challenge {
      basis
      deadline
      how
      routes
    }
    confirmedBy
    councilId
    flags
    id
    inputs
    kind
    madeAt
    outcome
    personId
    policy {
      id
      version
    }
    reasons {
      criterion
      met
      text
    }
    subjectId
    subjectType
    supersedes
  }
}
    `) as unknown as TypedDocumentString<DecisionQuery, DecisionQueryVariables>;
export const DecisionLetterDocument = new TypedDocumentString(`
    query DecisionLetter($decisionId: ID!, $easyRead: Boolean) {
  decisionLetter(decisionId: $decisionId, easyRead: $easyRead) {
    allocation {
      label
      value
    }
    amounts {
      label
      value
    }
    challenge {
      deadline
      text
    }
    closing
    date
    decidedUnder
    decisionId
    easyRead
    greeting
    html
    kind
    preferredLanguage
    reasons {
      finding
      text
    }
    summary
    title
  }
}
    `) as unknown as TypedDocumentString<DecisionLetterQuery, DecisionLetterQueryVariables>;
export const DecisionsOfPersonDocument = new TypedDocumentString(`
    query DecisionsOfPerson($personId: ID!) {
  decisionsOfPerson(personId: $personId) {
    allocation {
      amountPence
      label
      points
      text
    }
    amounts {
      key
      value
    }
    challenge {
      basis
      deadline
      how
      routes
    }
    confirmedBy
    councilId
    flags
    id
    inputs
    kind
    madeAt
    outcome
    personId
    policy {
      id
      version
    }
    reasons {
      criterion
      met
      text
    }
    subjectId
    subjectType
    supersedes
  }
}
    `) as unknown as TypedDocumentString<DecisionsOfPersonQuery, DecisionsOfPersonQueryVariables>;
export const DirectoryDocument = new TypedDocumentString(`
    query Directory($after: String, $area: String, $before: String, $category: SpendingCategory, $first: Int, $kind: DirectoryEntryKind, $language: String, $last: Int, $need: String) {
  directory(
    after: $after
    area: $area
    before: $before
    category: $category
    first: $first
    kind: $kind
    language: $language
    last: $last
    need: $need
  ) {
    edges {
      cursor
      node {
        areas
        categories
        costs {
          amountPence
          description
          per
        }
        councilId
        culturalFit
        description
        eligibility
        email
        fees
        id
        keywords
        kind
        languages
        locations {
          address
          name
          postcode
          postcodeDistrict
        }
        maximumAge
        minimumAge
        name
        organisation {
          description
          name
          sourceId
          url
        }
        sourceId
        updatedAt
        url
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryQuery, DirectoryQueryVariables>;
export const DirectoryEntryDocument = new TypedDocumentString(`
    query DirectoryEntry($entryId: ID!) {
  directoryEntry(entryId: $entryId) {
    areas
    categories
    costs {
      amountPence
      description
      per
    }
    councilId
    culturalFit
    description
    eligibility
    email
    fees
    id
    keywords
    kind
    languages
    locations {
      address
      name
      postcode
      postcodeDistrict
    }
    maximumAge
    minimumAge
    name
    organisation {
      description
      name
      sourceId
      url
    }
    sourceId
    updatedAt
    url
  }
}
    `) as unknown as TypedDocumentString<DirectoryEntryQuery, DirectoryEntryQueryVariables>;
export const DirectPaymentStatementDueDocument = new TypedDocumentString(`
    query DirectPaymentStatementDue($budgetId: ID!) {
  directPaymentStatementDue(budgetId: $budgetId) {
    budgetId
    dueOn
    lastStatement
    overdue
  }
}
    `) as unknown as TypedDocumentString<DirectPaymentStatementDueQuery, DirectPaymentStatementDueQueryVariables>;
export const ExportersDocument = new TypedDocumentString(`
    query Exporters {
  exporters {
    columns {
      header
      key
    }
    description
    formats
    id
    personLevel
    version
  }
}
    `) as unknown as TypedDocumentString<ExportersQuery, ExportersQueryVariables>;
export const ExportRunDocument = new TypedDocumentString(`
    query ExportRun($runId: ID!) {
  exportRun(runId: $runId) {
    byteCount
    checksumSha256
    councilId
    downloadPath
    error
    exporterId
    exporterVersion
    finishedAt
    format
    id
    parameters
    requestedBy
    requestedRoles
    rowCount
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<ExportRunQuery, ExportRunQueryVariables>;
export const FhirPlansOfPersonDocument = new TypedDocumentString(`
    query FhirPlansOfPerson($personId: ID!) {
  fhirPlansOfPerson(personId: $personId) {
    carePlans {
      activity {
        detail {
          description
          status
        }
      }
      category {
        coding {
          code
          display
          system
        }
        text
      }
      contributor {
        display
        reference
      }
      created
      extension {
        extension {
          url
          valueBoolean
          valueCode
          valueString
        }
        url
        valueBoolean
        valueCode
        valueMoney {
          currency
          value
        }
        valueString
      }
      goal {
        display
        reference
      }
      id
      intent
      meta {
        versionId
      }
      period {
        end
        start
      }
      resourceType
      status
      subject {
        display
        reference
      }
      title
    }
    goals {
      achievementStatus {
        coding {
          code
          display
          system
        }
        text
      }
      category {
        coding {
          code
          display
          system
        }
        text
      }
      description {
        coding {
          code
          display
          system
        }
        text
      }
      expressedBy {
        display
        reference
      }
      id
      lifecycleStatus
      resourceType
      startDate
      subject {
        display
        reference
      }
      target {
        measure {
          text
        }
      }
    }
    patient {
      birthDate
      communication {
        language {
          text
        }
        preferred
      }
      id
      identifier {
        system
        value
      }
      name {
        family
        given
        use
      }
      resourceType
    }
  }
}
    `) as unknown as TypedDocumentString<FhirPlansOfPersonQuery, FhirPlansOfPersonQueryVariables>;
export const GlossaryDocument = new TypedDocumentString(`
    query Glossary {
  glossary {
    definition
    key
    nationalTerm
    term
  }
}
    `) as unknown as TypedDocumentString<GlossaryQuery, GlossaryQueryVariables>;
export const ImportRunDocument = new TypedDocumentString(`
    query ImportRun($runId: ID!) {
  importRun(runId: $runId) {
    councilId
    counts {
      created
      failed
      processedRows
      totalRows
      unchanged
      updated
    }
    dryRun
    error
    fileName
    fileSha256
    finishedAt
    id
    kind
    problems {
      column
      message
      row
      sourceId
    }
    requestedBy
    sourceSystem
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<ImportRunQuery, ImportRunQueryVariables>;
export const ImportRunsDocument = new TypedDocumentString(`
    query ImportRuns($limit: Int) {
  importRuns(limit: $limit) {
    councilId
    counts {
      created
      failed
      processedRows
      totalRows
      unchanged
      updated
    }
    dryRun
    error
    fileName
    fileSha256
    finishedAt
    id
    kind
    problems {
      column
      message
      row
      sourceId
    }
    requestedBy
    sourceSystem
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<ImportRunsQuery, ImportRunsQueryVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs($limit: Int) {
  jobs(limit: $limit) {
    createdAt
    endedAt
    exportRunId
    id
    importRunId
    kind
    lastError
    retries
    rowCount
    startedAt
    state
  }
}
    `) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JourneyDocument = new TypedDocumentString(`
    query Journey($journeyId: ID!) {
  journey(journeyId: $journeyId) {
    contingencyActive
    journey {
      adviser
      approved {
        costOfMeetingNeedsPence
        councilSharePence
        decisionId
        effectiveFrom
        nhsSharePence
        personContributionPence
        personTopUpPence
        planVersion
        refusedLines {
          decisionId
          lineId
        }
      }
      assessment {
        detentions
        fluctuation {
          pattern
        }
        healthGrounds
        healthNeeds
        impairmentOrIllness
        needsAriseFromImpairmentOrIllness
        outcomes {
          evidence
          outcome
          unableSenses
        }
        period {
          from
          to
        }
        views {
          carer
          person
          practitioner
        }
        wellbeingEvidence
        wellbeingImpact
      }
      budgetId
      carerAssessment {
        healthAtRiskOfDeteriorating
        needsAriseFromProvidingNecessaryCare
        outcomes {
          evidence
          outcome
          unableSenses
        }
        period {
          from
          to
        }
        views {
          carer
          person
          practitioner
        }
        wellbeingEvidence
        wellbeingImpact
      }
      caresFor
      contingency {
        decisionId
        from
        until
        upliftPence
      }
      councilId
      declineReason
      directPaymentArrangements {
        appropriateWayToMeetNeeds
        authorisedPerson {
          capableOfManaging
          deputyOrAttorneySupports
          name
          relationship
          willActInBestInterests
        }
        capableOfManaging
        capacity {
          assessedBy
          assessedOn
          hasCapacity
        }
        householdPayments {
          lineId
          necessaryBecause
          relationship
        }
        justiceRequirements
        nhs {
          careCoordinator
          riskAssessedOn
          riskManagementAgreedInPlan
        }
        nominatedPerson {
          agreesToActAsNominee
          name
          relationship
        }
        requestedBy
      }
      directPaymentEnding {
        alternative {
          arrangedBy
          mechanism
          personAgreed
        }
        completed {
          decisionId
          on
          returnedPence
        }
        endsOn
        explanation
        immediateBecause
        noticeDecisionId
        noticeGivenOn
        reason
        underspend {
          discussedOn
          summary
          withWhom
        }
      }
      eligibilityDecisionId
      ending {
        decisionId
        note
        on
        reason
      }
      engagementSupport
      financial {
        assessment {
          ageYears
          assessedOn
          capitalPence
          dateOfBirth
          household
          receivesSection117Aftercare
          weeklyDisabilityRelatedExpenditurePence
          weeklyHousingCostsPence
          weeklyIncomePence
        }
        decisionId
        weeklyContributionPence
      }
      healthEligible
      id
      indicativeDecisionId
      informationAndAdvice
      openedAt
      personId
      plans {
        annualCostPence
        createdAt
        createdBy
        version
      }
      practitioner
      referral {
        referredBy
        source
        toldAbout
      }
      requestedOn
      reviews {
        clock
        completedOn
        decisionId
        dueDate
        id
        measures {
          instrument
          problems
          wantsHelpWith
        }
        outcome
        progress {
          attainment
          note
          outcomeId
        }
        status
        trigger
        views {
          carer
          person
          practitioner
        }
        wellbeing {
          instrument
          raw
          scored
        }
      }
      stage
      submission {
        lineChecks {
          lineId
          verdict
        }
        planVersion
        requirement {
          level
          minimumApproverLimitPence
        }
        upperBanding {
          capPence
          planCostPence
        }
      }
      suspension {
        decisionId
        from
        reason
        resumeTo
      }
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JourneyQuery, JourneyQueryVariables>;
export const JourneyInPlainWordsDocument = new TypedDocumentString(`
    query JourneyInPlainWords($journeyId: ID!) {
  journeyInPlainWords(journeyId: $journeyId) {
    decisionsYouCanChallenge {
      about
      decisionId
      kind
      until
    }
    journeyId
    nextReviewDue
    stage
    whatHappensNext
    whereYouAre
  }
}
    `) as unknown as TypedDocumentString<JourneyInPlainWordsQuery, JourneyInPlainWordsQueryVariables>;
export const JourneysDocument = new TypedDocumentString(`
    query Journeys($after: String, $before: String, $first: Int, $last: Int) {
  journeys(after: $after, before: $before, first: $first, last: $last) {
    edges {
      cursor
      node {
        adviser
        approved {
          costOfMeetingNeedsPence
          councilSharePence
          decisionId
          effectiveFrom
          nhsSharePence
          personContributionPence
          personTopUpPence
          planVersion
        }
        assessment {
          detentions
          healthGrounds
          healthNeeds
          impairmentOrIllness
          needsAriseFromImpairmentOrIllness
          wellbeingEvidence
          wellbeingImpact
        }
        budgetId
        carerAssessment {
          healthAtRiskOfDeteriorating
          needsAriseFromProvidingNecessaryCare
          wellbeingEvidence
          wellbeingImpact
        }
        caresFor
        contingency {
          decisionId
          from
          until
          upliftPence
        }
        councilId
        declineReason
        directPaymentArrangements {
          appropriateWayToMeetNeeds
          capableOfManaging
          justiceRequirements
          requestedBy
        }
        directPaymentEnding {
          endsOn
          explanation
          immediateBecause
          noticeDecisionId
          noticeGivenOn
          reason
        }
        eligibilityDecisionId
        ending {
          decisionId
          note
          on
          reason
        }
        engagementSupport
        financial {
          decisionId
          weeklyContributionPence
        }
        healthEligible
        id
        indicativeDecisionId
        informationAndAdvice
        openedAt
        personId
        plans {
          annualCostPence
          createdAt
          createdBy
          version
        }
        practitioner
        referral {
          referredBy
          source
          toldAbout
        }
        requestedOn
        reviews {
          clock
          completedOn
          decisionId
          dueDate
          id
          outcome
          status
          trigger
        }
        stage
        submission {
          planVersion
        }
        suspension {
          decisionId
          from
          reason
          resumeTo
        }
        updatedAt
        version
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<JourneysQuery, JourneysQueryVariables>;
export const JourneysOfPersonDocument = new TypedDocumentString(`
    query JourneysOfPerson($personId: ID!) {
  journeysOfPerson(personId: $personId) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<JourneysOfPersonQuery, JourneysOfPersonQueryVariables>;
export const LedgerBalancesDocument = new TypedDocumentString(`
    query LedgerBalances($budgetId: ID!) {
  ledgerBalances(budgetId: $budgetId) {
    accounts {
      account
      balancePence
    }
    budgetId
  }
}
    `) as unknown as TypedDocumentString<LedgerBalancesQuery, LedgerBalancesQueryVariables>;
export const LedgerHistoryDocument = new TypedDocumentString(`
    query LedgerHistory($budgetId: ID!) {
  ledgerHistory(budgetId: $budgetId) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<LedgerHistoryQuery, LedgerHistoryQueryVariables>;
export const MyCaseloadDocument = new TypedDocumentString(`
    query MyCaseload($after: String, $before: String, $first: Int, $last: Int) {
  myCaseload(after: $after, before: $before, first: $first, last: $last) {
    edges {
      cursor
      node {
        budgetId
        contingencyUntil
        familyName
        givenName
        id
        journeyId
        nextReviewDue
        overdue
        personId
        stage
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($personId: ID!) {
  person(personId: $personId) {
    contact {
      address
      email
      phone
    }
    councilId
    createdAt
    dateOfBirth
    equality {
      ethnicity
      sex
    }
    familyName
    givenName
    id
    interpreterNeeded
    nhsNumber
    ownStatement
    preferredLanguage
    researchConsent
  }
}
    `) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const ProviderStatementDocument = new TypedDocumentString(`
    query ProviderStatement($budgetId: ID!, $from: Date!, $providerId: String, $to: Date!) {
  providerStatement(
    budgetId: $budgetId
    from: $from
    providerId: $providerId
    to: $to
  ) {
    budgetId
    from
    lines {
      category
      description
      lineId
      plannedAnnualPence
      spentPence
    }
    postings {
      budgetId
      councilId
      createdAt
      createdBy
      decisionId
      details {
        category
        lineId
        payee
        receiptReference
      }
      effectiveDate
      entries {
        account
        amountPence
      }
      id
      idempotencyKey
      kind
      memo
      reverses
    }
    providerId
    to
  }
}
    `) as unknown as TypedDocumentString<ProviderStatementQuery, ProviderStatementQueryVariables>;
export const ReplayDecisionDocument = new TypedDocumentString(`
    query ReplayDecision($against: ReplayAgainst, $decisionId: ID!) {
  replayDecision(against: $against, decisionId: $decisionId) {
    against
    decisionId
    differences {
      field
      recorded
      replayed
    }
    kind
    recordedOutcome
    recordedReasons {
      criterion
      met
      text
    }
    recordedWith {
      id
      version
    }
    replayedOutcome
    replayedReasons {
      criterion
      met
      text
    }
    replayedWith {
      id
      version
    }
    same
  }
}
    `) as unknown as TypedDocumentString<ReplayDecisionQuery, ReplayDecisionQueryVariables>;
export const SpendingAgainstPlanDocument = new TypedDocumentString(`
    query SpendingAgainstPlan($budgetId: ID!) {
  spendingAgainstPlan(budgetId: $budgetId) {
    budgetId
    categories {
      category
      leftPence
      plannedPence
      spentPence
    }
    lines {
      category
      description
      leftPence
      lineId
      plannedPence
      spentPence
    }
  }
}
    `) as unknown as TypedDocumentString<SpendingAgainstPlanQuery, SpendingAgainstPlanQueryVariables>;
export const WebhookSubscriptionsDocument = new TypedDocumentString(`
    query WebhookSubscriptions {
  webhookSubscriptions {
    councilId
    createdAt
    eventTypes
    id
    url
  }
}
    `) as unknown as TypedDocumentString<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const WhoSawMyRecordDocument = new TypedDocumentString(`
    query WhoSawMyRecord($personId: ID!) {
  whoSawMyRecord(personId: $personId) {
    kind
    purpose
    roles
    what
    when
    who
  }
}
    `) as unknown as TypedDocumentString<WhoSawMyRecordQuery, WhoSawMyRecordQueryVariables>;
export const WorkQueueDocument = new TypedDocumentString(`
    query WorkQueue($after: String, $assignee: String, $before: String, $dueBy: Date, $first: Int, $flags: [DecisionFlag!], $kinds: [WorkItemKind!], $last: Int) {
  workQueue(
    after: $after
    assignee: $assignee
    before: $before
    dueBy: $dueBy
    first: $first
    flags: $flags
    kinds: $kinds
    last: $last
  ) {
    edges {
      cursor
      node {
        assignee
        dueDate
        flags
        id
        journeyId
        kind
        overdue
        personId
        rule
        subjectId
      }
    }
    pageInfo {
      endCursor
      hasNextPage
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<WorkQueueQuery, WorkQueueQueryVariables>;
export const ActivateContingencyDocument = new TypedDocumentString(`
    mutation ActivateContingency($input: ActivateContingencyInput!) {
  activateContingency(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ActivateContingencyMutation, ActivateContingencyMutationVariables>;
export const AddCarerDocument = new TypedDocumentString(`
    mutation AddCarer($input: AddCarerInput!) {
  addCarer(input: $input) {
    consentScopes
    councilId
    id
    name
    nominatedPerson
    personId
    relationship
    subject
    version
    willingness {
      confirmedOn
      hoursPerWeek
      note
      willingAndAble
    }
  }
}
    `) as unknown as TypedDocumentString<AddCarerMutation, AddCarerMutationVariables>;
export const AllocateDueDocument = new TypedDocumentString(`
    mutation AllocateDue($input: AllocateDueInput!) {
  allocateDue(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<AllocateDueMutation, AllocateDueMutationVariables>;
export const AllocateDueForCouncilDocument = new TypedDocumentString(`
    mutation AllocateDueForCouncil {
  allocateDueForCouncil {
    allocationsInPlace
    asOf
    budgets
    failed {
      budgetId
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AllocateDueForCouncilMutation, AllocateDueForCouncilMutationVariables>;
export const AssessCarerDocument = new TypedDocumentString(`
    mutation AssessCarer($input: AssessCarerInput!) {
  assessCarer(input: $input) {
    allocation {
      amountPence
      label
      points
      text
    }
    amounts {
      key
      value
    }
    challenge {
      basis
      deadline
      how
      routes
    }
    confirmedBy
    councilId
    flags
    id
    inputs
    kind
    madeAt
    outcome
    personId
    policy {
      id
      version
    }
    reasons {
      criterion
      met
      text
    }
    subjectId
    subjectType
    supersedes
  }
}
    `) as unknown as TypedDocumentString<AssessCarerMutation, AssessCarerMutationVariables>;
export const AssignJourneyDocument = new TypedDocumentString(`
    mutation AssignJourney($input: AssignJourneyInput!) {
  assignJourney(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<AssignJourneyMutation, AssignJourneyMutationVariables>;
export const CancelExportDocument = new TypedDocumentString(`
    mutation CancelExport($input: CancelExportInput!) {
  cancelExport(input: $input) {
    byteCount
    checksumSha256
    councilId
    downloadPath
    error
    exporterId
    exporterVersion
    finishedAt
    format
    id
    parameters
    requestedBy
    requestedRoles
    rowCount
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<CancelExportMutation, CancelExportMutationVariables>;
export const CheckDirectPaymentSurplusDocument = new TypedDocumentString(`
    mutation CheckDirectPaymentSurplus($input: CheckDirectPaymentSurplusInput!) {
  checkDirectPaymentSurplus(input: $input) {
    allocation {
      amountPence
      label
      points
      text
    }
    amounts {
      key
      value
    }
    challenge {
      basis
      deadline
      how
      routes
    }
    confirmedBy
    councilId
    flags
    id
    inputs
    kind
    madeAt
    outcome
    personId
    policy {
      id
      version
    }
    reasons {
      criterion
      met
      text
    }
    subjectId
    subjectType
    supersedes
  }
}
    `) as unknown as TypedDocumentString<CheckDirectPaymentSurplusMutation, CheckDirectPaymentSurplusMutationVariables>;
export const CompleteDirectPaymentEndingDocument = new TypedDocumentString(`
    mutation CompleteDirectPaymentEnding($input: CompleteDirectPaymentEndingInput!) {
  completeDirectPaymentEnding(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<CompleteDirectPaymentEndingMutation, CompleteDirectPaymentEndingMutationVariables>;
export const CompleteReviewDocument = new TypedDocumentString(`
    mutation CompleteReview($input: CompleteReviewInput!) {
  completeReview(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<CompleteReviewMutation, CompleteReviewMutationVariables>;
export const ConfirmRecoveryDocument = new TypedDocumentString(`
    mutation ConfirmRecovery($input: ConfirmRecoveryInput!) {
  confirmRecovery(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<ConfirmRecoveryMutation, ConfirmRecoveryMutationVariables>;
export const CreateBudgetDocument = new TypedDocumentString(`
    mutation CreateBudget($input: CreateBudgetInput!) {
  createBudget(input: $input) {
    amountPence
    councilId
    createdAt
    deliveryMechanism
    fundingStreams {
      amountPence
      stream
    }
    id
    person {
      contact {
        address
        email
        phone
      }
      councilId
      createdAt
      dateOfBirth
      equality {
        ethnicity
        sex
      }
      familyName
      givenName
      id
      interpreterNeeded
      nhsNumber
      ownStatement
      preferredLanguage
      researchConsent
    }
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetMutation, CreateBudgetMutationVariables>;
export const DecideEligibilityDocument = new TypedDocumentString(`
    mutation DecideEligibility($input: DecideEligibilityInput!) {
  decideEligibility(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DecideEligibilityMutation, DecideEligibilityMutationVariables>;
export const DecidePlanDocument = new TypedDocumentString(`
    mutation DecidePlan($input: DecidePlanInput!) {
  decidePlan(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DecidePlanMutation, DecidePlanMutationVariables>;
export const DeclineBudgetDocument = new TypedDocumentString(`
    mutation DeclineBudget($input: DeclineBudgetInput!) {
  declineBudget(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DeclineBudgetMutation, DeclineBudgetMutationVariables>;
export const DraftPlanDocument = new TypedDocumentString(`
    mutation DraftPlan($input: DraftPlanInput!) {
  draftPlan(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DraftPlanMutation, DraftPlanMutationVariables>;
export const DrawContingencyDocument = new TypedDocumentString(`
    mutation DrawContingency($input: DrawContingencyInput!) {
  drawContingency(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<DrawContingencyMutation, DrawContingencyMutationVariables>;
export const EndJourneyDocument = new TypedDocumentString(`
    mutation EndJourney($input: EndJourneyInput!) {
  endJourney(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<EndJourneyMutation, EndJourneyMutationVariables>;
export const GiveDirectPaymentNoticeDocument = new TypedDocumentString(`
    mutation GiveDirectPaymentNotice($input: GiveDirectPaymentNoticeInput!) {
  giveDirectPaymentNotice(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<GiveDirectPaymentNoticeMutation, GiveDirectPaymentNoticeMutationVariables>;
export const ImportAccountTransactionsDocument = new TypedDocumentString(`
    mutation ImportAccountTransactions($input: ImportAccountTransactionsInput!) {
  importAccountTransactions(input: $input) {
    added
    matched
    problems {
      problem
      sourceId
    }
    queued
    unchanged
    updated
  }
}
    `) as unknown as TypedDocumentString<ImportAccountTransactionsMutation, ImportAccountTransactionsMutationVariables>;
export const ImportDirectoryDocument = new TypedDocumentString(`
    mutation ImportDirectory($input: OrukFeedInput!) {
  importDirectory(input: $input) {
    added
    refused {
      reasons
      serviceId
    }
    unchanged
    updated
  }
}
    `) as unknown as TypedDocumentString<ImportDirectoryMutation, ImportDirectoryMutationVariables>;
export const ImportDirectoryCsvDocument = new TypedDocumentString(`
    mutation ImportDirectoryCsv($input: ImportDirectoryCsvInput!) {
  importDirectoryCsv(input: $input) {
    added
    refused {
      reasons
      serviceId
    }
    unchanged
    updated
  }
}
    `) as unknown as TypedDocumentString<ImportDirectoryCsvMutation, ImportDirectoryCsvMutationVariables>;
export const LodgeChallengeDocument = new TypedDocumentString(`
    mutation LodgeChallenge($input: LodgeChallengeInput!) {
  lodgeChallenge(input: $input) {
    councilId
    deadline
    decisionId
    grounds
    id
    lodgedAt
    lodgedBy
    outcomeDecisionId
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<LodgeChallengeMutation, LodgeChallengeMutationVariables>;
export const MatchAccountTransactionDocument = new TypedDocumentString(`
    mutation MatchAccountTransaction($input: MatchAccountTransactionInput!) {
  matchAccountTransaction(input: $input) {
    amountPence
    bookingDate
    budgetId
    category
    counterparty
    id
    importedAt
    lineId
    matchedBy
    merchantCategoryCode
    postingId
    queueReason
    reference
    source
    sourceId
    state
    status
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<MatchAccountTransactionMutation, MatchAccountTransactionMutationVariables>;
export const RecordAllocationDocument = new TypedDocumentString(`
    mutation RecordAllocation($input: RecordAllocationInput!) {
  recordAllocation(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<RecordAllocationMutation, RecordAllocationMutationVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const RecordCarerWillingnessDocument = new TypedDocumentString(`
    mutation RecordCarerWillingness($input: RecordCarerWillingnessInput!) {
  recordCarerWillingness(input: $input) {
    consentScopes
    councilId
    id
    name
    nominatedPerson
    personId
    relationship
    subject
    version
    willingness {
      confirmedOn
      hoursPerWeek
      note
      willingAndAble
    }
  }
}
    `) as unknown as TypedDocumentString<RecordCarerWillingnessMutation, RecordCarerWillingnessMutationVariables>;
export const RecordDirectPaymentArrangementsDocument = new TypedDocumentString(`
    mutation RecordDirectPaymentArrangements($input: RecordDirectPaymentArrangementsInput!) {
  recordDirectPaymentArrangements(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<RecordDirectPaymentArrangementsMutation, RecordDirectPaymentArrangementsMutationVariables>;
export const RecordFinancialAssessmentDocument = new TypedDocumentString(`
    mutation RecordFinancialAssessment($input: RecordFinancialAssessmentInput!) {
  recordFinancialAssessment(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<RecordFinancialAssessmentMutation, RecordFinancialAssessmentMutationVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RecordSpendingDocument = new TypedDocumentString(`
    mutation RecordSpending($input: RecordSpendingInput!) {
  recordSpending(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<RecordSpendingMutation, RecordSpendingMutationVariables>;
export const RecordUnderspendDiscussionDocument = new TypedDocumentString(`
    mutation RecordUnderspendDiscussion($input: RecordUnderspendDiscussionInput!) {
  recordUnderspendDiscussion(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<RecordUnderspendDiscussionMutation, RecordUnderspendDiscussionMutationVariables>;
export const ReferPersonDocument = new TypedDocumentString(`
    mutation ReferPerson($input: ReferPersonInput!) {
  referPerson(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ReferPersonMutation, ReferPersonMutationVariables>;
export const RegisterPersonDocument = new TypedDocumentString(`
    mutation RegisterPerson($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    contact {
      address
      email
      phone
    }
    councilId
    createdAt
    dateOfBirth
    equality {
      ethnicity
      sex
    }
    familyName
    givenName
    id
    interpreterNeeded
    nhsNumber
    ownStatement
    preferredLanguage
    researchConsent
  }
}
    `) as unknown as TypedDocumentString<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const ReplayWebhooksDocument = new TypedDocumentString(`
    mutation ReplayWebhooks($input: ReplayWebhooksInput!) {
  replayWebhooks(input: $input) {
    queued
    subscriptionId
  }
}
    `) as unknown as TypedDocumentString<ReplayWebhooksMutation, ReplayWebhooksMutationVariables>;
export const ResolveChallengeDocument = new TypedDocumentString(`
    mutation ResolveChallenge($input: ResolveChallengeInput!) {
  resolveChallenge(input: $input) {
    councilId
    deadline
    decisionId
    grounds
    id
    lodgedAt
    lodgedBy
    outcomeDecisionId
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ResolveChallengeMutation, ResolveChallengeMutationVariables>;
export const ResumeBudgetDocument = new TypedDocumentString(`
    mutation ResumeBudget($input: ResumeBudgetInput!) {
  resumeBudget(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ResumeBudgetMutation, ResumeBudgetMutationVariables>;
export const ReversePostingDocument = new TypedDocumentString(`
    mutation ReversePosting($input: ReversePostingInput!) {
  reversePosting(input: $input) {
    budgetId
    councilId
    createdAt
    createdBy
    decisionId
    details {
      category
      lineId
      payee
      receiptReference
    }
    effectiveDate
    entries {
      account
      amountPence
    }
    id
    idempotencyKey
    kind
    memo
    reverses
  }
}
    `) as unknown as TypedDocumentString<ReversePostingMutation, ReversePostingMutationVariables>;
export const ReviewChallengeDocument = new TypedDocumentString(`
    mutation ReviewChallenge($input: ReviewChallengeInput!) {
  reviewChallenge(input: $input) {
    councilId
    deadline
    decisionId
    grounds
    id
    lodgedAt
    lodgedBy
    outcomeDecisionId
    personId
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewChallengeMutation, ReviewChallengeMutationVariables>;
export const SetCarerConsentDocument = new TypedDocumentString(`
    mutation SetCarerConsent($input: SetCarerConsentInput!) {
  setCarerConsent(input: $input) {
    consentScopes
    councilId
    id
    name
    nominatedPerson
    personId
    relationship
    subject
    version
    willingness {
      confirmedOn
      hoursPerWeek
      note
      willingAndAble
    }
  }
}
    `) as unknown as TypedDocumentString<SetCarerConsentMutation, SetCarerConsentMutationVariables>;
export const SetIndicativeBudgetDocument = new TypedDocumentString(`
    mutation SetIndicativeBudget($input: SetIndicativeBudgetInput!) {
  setIndicativeBudget(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<SetIndicativeBudgetMutation, SetIndicativeBudgetMutationVariables>;
export const SetResearchConsentDocument = new TypedDocumentString(`
    mutation SetResearchConsent($input: SetResearchConsentInput!) {
  setResearchConsent(input: $input) {
    contact {
      address
      email
      phone
    }
    councilId
    createdAt
    dateOfBirth
    equality {
      ethnicity
      sex
    }
    familyName
    givenName
    id
    interpreterNeeded
    nhsNumber
    ownStatement
    preferredLanguage
    researchConsent
  }
}
    `) as unknown as TypedDocumentString<SetResearchConsentMutation, SetResearchConsentMutationVariables>;
export const StartAssessmentDocument = new TypedDocumentString(`
    mutation StartAssessment($input: StartAssessmentInput!) {
  startAssessment(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const StartCaseloadImportDocument = new TypedDocumentString(`
    mutation StartCaseloadImport($input: StartCaseloadImportInput!) {
  startCaseloadImport(input: $input) {
    councilId
    counts {
      created
      failed
      processedRows
      totalRows
      unchanged
      updated
    }
    dryRun
    error
    fileName
    fileSha256
    finishedAt
    id
    kind
    problems {
      column
      message
      row
      sourceId
    }
    requestedBy
    sourceSystem
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<StartCaseloadImportMutation, StartCaseloadImportMutationVariables>;
export const StartExportDocument = new TypedDocumentString(`
    mutation StartExport($input: StartExportInput!) {
  startExport(input: $input) {
    byteCount
    checksumSha256
    councilId
    downloadPath
    error
    exporterId
    exporterVersion
    finishedAt
    format
    id
    parameters
    requestedBy
    requestedRoles
    rowCount
    startedAt
    status
  }
}
    `) as unknown as TypedDocumentString<StartExportMutation, StartExportMutationVariables>;
export const StartReviewDocument = new TypedDocumentString(`
    mutation StartReview($input: StartReviewInput!) {
  startReview(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<StartReviewMutation, StartReviewMutationVariables>;
export const SubmitDirectPaymentStatementDocument = new TypedDocumentString(`
    mutation SubmitDirectPaymentStatement($input: SubmitDirectPaymentStatementInput!) {
  submitDirectPaymentStatement(input: $input) {
    budgetId
    periodEnd
    receivedOn
  }
}
    `) as unknown as TypedDocumentString<SubmitDirectPaymentStatementMutation, SubmitDirectPaymentStatementMutationVariables>;
export const SubmitPlanDocument = new TypedDocumentString(`
    mutation SubmitPlan($input: SubmitPlanInput!) {
  submitPlan(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<SubmitPlanMutation, SubmitPlanMutationVariables>;
export const SubscribeWebhookDocument = new TypedDocumentString(`
    mutation SubscribeWebhook($input: SubscribeWebhookInput!) {
  subscribeWebhook(input: $input) {
    secret
    subscription {
      councilId
      createdAt
      eventTypes
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SubscribeWebhookMutation, SubscribeWebhookMutationVariables>;
export const SuspendBudgetDocument = new TypedDocumentString(`
    mutation SuspendBudget($input: SuspendBudgetInput!) {
  suspendBudget(input: $input) {
    adviser
    approved {
      costOfMeetingNeedsPence
      councilSharePence
      decisionId
      effectiveFrom
      nhsSharePence
      personContributionPence
      personTopUpPence
      planVersion
      refusedLines {
        decisionId
        lineId
      }
    }
    assessment {
      detentions
      fluctuation {
        episodes {
          description
          from
          to
        }
        pattern
      }
      healthGrounds
      healthNeeds
      impairmentOrIllness
      needsAriseFromImpairmentOrIllness
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    budgetId
    carerAssessment {
      healthAtRiskOfDeteriorating
      needsAriseFromProvidingNecessaryCare
      outcomes {
        evidence
        outcome
        unableSenses
      }
      period {
        from
        to
      }
      views {
        carer
        person
        practitioner
      }
      wellbeingEvidence
      wellbeingImpact
    }
    caresFor
    contingency {
      decisionId
      from
      until
      upliftPence
    }
    councilId
    declineReason
    directPaymentArrangements {
      appropriateWayToMeetNeeds
      authorisedPerson {
        capableOfManaging
        deputyOrAttorneySupports
        name
        relationship
        willActInBestInterests
      }
      capableOfManaging
      capacity {
        assessedBy
        assessedOn
        hasCapacity
      }
      householdPayments {
        lineId
        necessaryBecause
        relationship
      }
      justiceRequirements
      nhs {
        careCoordinator
        riskAssessedOn
        riskManagementAgreedInPlan
      }
      nominatedPerson {
        agreesToActAsNominee
        name
        relationship
      }
      requestedBy
    }
    directPaymentEnding {
      alternative {
        arrangedBy
        mechanism
        personAgreed
      }
      completed {
        decisionId
        on
        returnedPence
      }
      endsOn
      explanation
      immediateBecause
      noticeDecisionId
      noticeGivenOn
      reason
      underspend {
        discussedOn
        summary
        withWhom
      }
    }
    eligibilityDecisionId
    ending {
      decisionId
      note
      on
      reason
    }
    engagementSupport
    financial {
      assessment {
        ageYears
        assessedOn
        capitalPence
        dateOfBirth
        household
        premiums {
          carer
          dependentChildren
          disability
          enhancedDisability
        }
        receivesSection117Aftercare
        weeklyDisabilityRelatedExpenditurePence
        weeklyHousingCostsPence
        weeklyIncomePence
      }
      decisionId
      weeklyContributionPence
    }
    healthEligible
    id
    indicativeDecisionId
    informationAndAdvice
    openedAt
    personId
    plans {
      annualCostPence
      content {
        contingency {
          maxDurationDays
          steps
          upliftCapPence
        }
        lines {
          category
          deliveryMechanism
          description
          directoryEntryId
          frequency
          fundingStream
          id
          outcomeIds
          personTopUpPence
          provider
          providerId
          section117Aftercare
          unitCostPence
          unitsPerPeriod
        }
        outcomes {
          domain
          howProgressWillBeSeen
          id
          inOwnWords
          weight
        }
        participants {
          name
          role
        }
        riskEnablement {
          agreed
          risk
          whoDoesWhat
        }
      }
      createdAt
      createdBy
      version
    }
    practitioner
    referral {
      referredBy
      source
      toldAbout
    }
    requestedOn
    reviews {
      clock
      completedOn
      decisionId
      dueDate
      id
      measures {
        figures {
          name
          value
        }
        instrument
        policy {
          id
          version
        }
        problems
        reasons {
          criterion
          met
          text
        }
        wantsHelpWith
      }
      outcome
      progress {
        attainment
        note
        outcomeId
      }
      status
      trigger
      views {
        carer
        person
        practitioner
      }
      wellbeing {
        instrument
        raw
        scored
      }
    }
    stage
    submission {
      lineChecks {
        lineId
        policy {
          id
          version
        }
        reason {
          criterion
          met
          text
        }
        verdict
      }
      planVersion
      requirement {
        level
        minimumApproverLimitPence
        policy {
          id
          version
        }
        reasons {
          criterion
          met
          text
        }
      }
      upperBanding {
        capPence
        planCostPence
      }
    }
    suspension {
      decisionId
      from
      reason
      resumeTo
    }
    updatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<SuspendBudgetMutation, SuspendBudgetMutationVariables>;
export const UnsubscribeWebhookDocument = new TypedDocumentString(`
    mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {
  unsubscribeWebhook(input: $input) {
    subscriptionId
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeWebhookMutation, UnsubscribeWebhookMutationVariables>;
export const UpdatePersonDetailsDocument = new TypedDocumentString(`
    mutation UpdatePersonDetails($input: UpdatePersonDetailsInput!) {
  updatePersonDetails(input: $input) {
    contact {
      address
      email
      phone
    }
    councilId
    createdAt
    dateOfBirth
    equality {
      ethnicity
      sex
    }
    familyName
    givenName
    id
    interpreterNeeded
    nhsNumber
    ownStatement
    preferredLanguage
    researchConsent
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonDetailsMutation, UpdatePersonDetailsMutationVariables>;