import { Schema } from "effect"
import { Label, Prose } from "../model/Text.ts"

/**
 * A term as people read it: the national word (`nationalTerm`), the council's own word for the
 * same thing (`term`, the national word unless the council renames it) and what it means in
 * plain English. Keys are stable codes, so a council renames a thing without touching code.
 */
export const GlossaryTerm = Schema.Struct({
  key: Label,
  term: Label,
  nationalTerm: Label,
  definition: Prose,
}).annotate({ identifier: "GlossaryTerm" })
export type GlossaryTerm = typeof GlossaryTerm.Type

/** A council's own word for a term, and its own definition when it gives one. */
export const CouncilWord = Schema.Struct({
  key: Label,
  term: Label,
  definition: Schema.optionalKey(Prose),
}).annotate({ identifier: "CouncilWord" })
export type CouncilWord = typeof CouncilWord.Type

/**
 * The national words OpenPB uses and what they mean, in plain English (the seeds' service users
 * asked for plain words instead of jargon). A council's vocabulary plugin renames any of them.
 */
export const nationalGlossary: ReadonlyArray<Omit<GlossaryTerm, "nationalTerm">> = [
  {
    key: "personal-budget",
    term: "personal budget",
    definition:
      "The amount of money the council (and, for some people, the NHS) has worked out it costs to meet your eligible needs. You decide with us how it is spent.",
  },
  {
    key: "indicative-budget",
    term: "indicative budget",
    definition:
      "A first estimate of your personal budget, to start planning with. It can change once your plan shows what meeting your needs costs.",
  },
  {
    key: "support-plan",
    term: "support plan",
    definition:
      "Your plan for how your needs will be met and what you want to achieve, in your own words, with what each part costs.",
  },
  {
    key: "direct-payment",
    term: "direct payment",
    definition:
      "Money paid to you (or someone acting for you) to buy your own support, instead of the council arranging it.",
  },
  {
    key: "managed-budget",
    term: "managed budget",
    definition: "The council arranges your support for you, with the money in your budget.",
  },
  {
    key: "individual-service-fund",
    term: "individual service fund",
    definition:
      "A provider you choose holds your budget and arranges your support with you, as you direct.",
  },
  {
    key: "eligible-needs",
    term: "eligible needs",
    definition:
      "Needs that the law says the council must meet: they come from an illness or impairment, stop you doing two or more everyday things, and have a significant effect on your wellbeing.",
  },
  {
    key: "specified-outcomes",
    term: "specified outcomes",
    definition:
      "The everyday things the law lists, such as eating well, keeping clean, getting dressed, keeping your home safe, seeing people and working or learning.",
  },
  {
    key: "assessment-period",
    term: "assessment period",
    definition:
      "The time we looked at to understand your needs. If your needs go up and down, we look back over a longer time.",
  },
  {
    key: "wellbeing",
    term: "wellbeing",
    definition:
      "How your life is going: your health, safety, relationships, home, money, work and the control you have over your day.",
  },
  {
    key: "contribution",
    term: "contribution",
    definition:
      "What you pay towards your support, worked out from your income and savings. Some support is free.",
  },
  {
    key: "minimum-income-guarantee",
    term: "minimum income guarantee",
    definition:
      "The amount of income the law says you must be left with each week after paying towards your support.",
  },
  {
    key: "section-117-aftercare",
    term: "section 117 aftercare",
    definition:
      "Free support you are entitled to after being kept in hospital under certain sections of the Mental Health Act.",
  },
  {
    key: "contingency",
    term: "contingency",
    definition:
      "Extra support agreed in advance in your plan, that can start quickly if you have a crisis.",
  },
  {
    key: "review",
    term: "review",
    definition:
      "A time to look together at how your support is going and whether anything should change.",
  },
  {
    key: "carer",
    term: "carer",
    definition: "Someone who helps you without being paid for it, such as family or a friend.",
  },
  {
    key: "advocate",
    term: "advocate",
    definition:
      "Someone independent who helps you say what you want and makes sure your views are heard.",
  },
  {
    key: "challenge",
    term: "challenge",
    definition:
      "Asking us to look at a decision again if you think it is wrong. We will tell you how, and by when.",
  },
]

/** The national glossary with a council's words over it, in the national order. */
export const withCouncilWords = (
  council: ReadonlyArray<CouncilWord>,
): ReadonlyArray<GlossaryTerm> => {
  const local = new Map(council.map((w) => [w.key, w]))
  return nationalGlossary.map((term) => {
    const word = local.get(term.key)
    return {
      key: term.key,
      nationalTerm: term.term,
      term: word?.term ?? term.term,
      definition: word?.definition ?? term.definition,
    }
  })
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * A sentence in the council's words: every national term the council renamed is replaced by its
 * own word, whole words only, keeping a capital at the start of a sentence.
 */
export const inCouncilWords = (text: string, glossary: ReadonlyArray<GlossaryTerm>): string =>
  glossary
    .filter((t) => t.term !== t.nationalTerm)
    .reduce(
      (words, t) =>
        words.replace(new RegExp(`\\b${escapeRegExp(t.nationalTerm)}\\b`, "gi"), (found) =>
          found[0] !== undefined && found[0] === found[0].toUpperCase()
            ? t.term.charAt(0).toUpperCase() + t.term.slice(1)
            : t.term,
        ),
      text,
    )
