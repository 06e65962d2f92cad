import { Schema } from "effect"
import { readRule, writeRule } from "../access/useCaseEntry.ts"
import { Budget } from "../model/Budget.ts"
import { Carer } from "../model/Carer.ts"
import { Person } from "../model/Person.ts"
import { createBudget, CreateBudgetInput } from "../usecases/createBudget.ts"
import { getBudget, GetBudgetInput } from "../usecases/getBudget.ts"
import { getPerson, GetPersonInput } from "../usecases/getPerson.ts"
import { listBudgets, ListBudgetsInput } from "../usecases/listBudgets.ts"
import { registerPerson, RegisterPersonInput } from "../usecases/registerPerson.ts"
import { ResearchConsentInput, setResearchConsent } from "../usecases/researchConsent.ts"
import { UpdatePersonDetailsInput, updatePersonDetails } from "../usecases/updatePersonDetails.ts"
import {
  AddCarerInput,
  addCarer,
  CarerConsentInput,
  CarerWillingnessInput,
  listCarers,
  recordCarerWillingness,
  setCarerConsent,
} from "../usecases/carers.ts"
import { PersonRef } from "../decisions/usecases.ts"
import { defineUseCase } from "./UseCase.ts"
import { PageOf } from "./Page.ts"

export const RegisterPerson = defineUseCase({
  name: "registerPerson",
  path: "person.register",
  kind: "command",
  description: "Registers a person with the council; returns their record.",
  access: writeRule("person.register", "council"),
  input: RegisterPersonInput,
  output: Person,
  errors: [],
  run: registerPerson,
})

export const GetPerson = defineUseCase({
  name: "getPerson",
  path: "person.get",
  kind: "query",
  description: "One person of the council, to those who may see their record.",
  access: readRule("person.read", "person"),
  input: GetPersonInput,
  output: Person,
  errors: ["PersonNotFound"],
  graphql: { field: "person" },
  run: getPerson,
})

export const CreateBudget = defineUseCase({
  name: "createBudget",
  path: "budget.create",
  kind: "command",
  description: "Creates a budget directly (outside a journey); its streams must add up to it.",
  access: writeRule("budget.create", "council"),
  input: CreateBudgetInput,
  output: Budget,
  errors: ["PersonNotFound"],
  run: createBudget,
})

export const GetBudget = defineUseCase({
  name: "getBudget",
  path: "budget.get",
  kind: "query",
  description: "One budget, with its funding streams and how it is delivered.",
  access: readRule("budget.read", "person"),
  input: GetBudgetInput,
  output: Budget,
  errors: ["BudgetNotFound"],
  graphql: { field: "budget" },
  run: getBudget,
})

export const ListBudgets = defineUseCase({
  name: "listBudgets",
  path: "budget.list",
  kind: "query",
  description:
    "The budgets of the council the caller may read (all of them for a council-wide reader), oldest first, a page at a time.",
  access: readRule("budget.list", "each"),
  input: ListBudgetsInput,
  output: PageOf(Budget, "BudgetPage"),
  errors: [],
  graphql: { field: "budgets", connection: true },
  run: listBudgets,
})

export const AddCarer = defineUseCase({
  name: "addCarer",
  path: "carer.add",
  kind: "command",
  description: "Records a carer in the person's circle (with no view of the record until consent).",
  access: writeRule("carer.manage", "person"),
  input: AddCarerInput,
  output: Carer,
  errors: ["PersonNotFound"],
  run: addCarer,
})

export const SetCarerConsent = defineUseCase({
  name: "setCarerConsent",
  path: "carer.setConsent",
  kind: "command",
  description:
    "The person sets what a carer may see and do (view plan, view money, view finances, record spending, speak for me); a scope left out is withdrawn at once.",
  access: writeRule("person.consent", "person"),
  input: CarerConsentInput,
  output: Carer,
  errors: ["CarerNotFound"],
  run: setCarerConsent,
})

export const SetResearchConsent = defineUseCase({
  name: "setResearchConsent",
  path: "person.setResearchConsent",
  kind: "command",
  description:
    "The person gives or withdraws consent to research use of their pseudonymised data; the next research extract follows it.",
  access: writeRule("person.consent", "person"),
  input: ResearchConsentInput,
  output: Person,
  errors: ["PersonNotFound"],
  run: setResearchConsent,
})

export const RecordCarerWillingness = defineUseCase({
  name: "recordCarerWillingness",
  path: "carer.recordWillingness",
  kind: "command",
  description:
    "Records what a carer says about the unpaid support they give (willing and able, hours a week). A budget counts it only while they are; when they no longer are, a running budget that counted it goes to review.",
  access: writeRule("carer.manage", "person"),
  input: CarerWillingnessInput,
  output: Carer,
  errors: ["CarerNotFound", "StaleVersion"],
  run: recordCarerWillingness,
})

export const ListCarers = defineUseCase({
  name: "listCarers",
  path: "carer.ofPerson",
  kind: "query",
  description: "The carers in a person's circle.",
  access: readRule("person.read", "person"),
  input: PersonRef,
  output: Schema.Array(Carer),
  errors: [],
  graphql: { field: "carersOfPerson" },
  run: listCarers,
})

export const UpdatePersonDetails = defineUseCase({
  name: "updatePersonDetails",
  path: "person.updateDetails",
  kind: "command",
  description:
    "The person changes their own contact details, preferred language, interpreter need and equality data (or withdraws it), or their practitioner does on their word; only what is sent changes.",
  access: writeRule("person.update", "person"),
  input: UpdatePersonDetailsInput,
  output: Person,
  errors: ["PersonNotFound"],
  run: updatePersonDetails,
})
