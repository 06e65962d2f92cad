/**
 * The reason a not-eligible decision carries about the written advice s13(5) requires: the
 * advice given, or the duty still to be met.
 */
export const informationAndAdviceReason = (advice: string | undefined) =>
  advice === undefined
    ? {
        criterion: "s13(5)/information-and-advice",
        met: false,
        text: "The council must give you written information and advice on what can be done to meet or reduce your needs, and to prevent or delay needs in future (Care Act s13(5)); it is not recorded yet.",
      }
    : {
        criterion: "s13(5)/information-and-advice",
        met: true,
        text: `Written information and advice given (Care Act s13(5)): ${advice}`,
      }
