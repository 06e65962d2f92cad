import { definePlugin } from "@openpb/plugin-sdk"
import { Schema } from "effect"

/**
 * Ashcombe's own words (fictional): the names its people and staff use, agreed with its service
 * users' forum, for a few national terms. Every reason, explanation and letter is read in them.
 */
export const ashcombeWords = definePlugin({
  id: "ashcombe/words",
  version: "1.0.0",
  description: "Ashcombe's own words for personal budgets and their parts.",
  provides: ["vocabulary"],
  settings: Schema.Struct({}),
  rules: () => ({
    vocabulary: {
      words: [
        {
          key: "personal-budget",
          term: "Ashcombe support budget",
          definition:
            "The money Ashcombe (and, for some people, the NHS) has worked out it costs to meet your eligible needs. You decide with us how it is spent.",
        },
        {
          key: "specified-outcomes",
          term: "everyday things the law lists",
        },
        { key: "wellbeing", term: "quality of life" },
      ],
    },
  }),
})
