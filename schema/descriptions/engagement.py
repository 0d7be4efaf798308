# ruff: noqa: E501  (one description a line reads better than wrapped strings)
"""Descriptions of the engagement area: daily sign-in and the member's year in review."""

DESCRIPTIONS: dict[str, str] = {
    "Query.mySignIns(month:)": "Any date in the month to show (business calendar); this month when omitted.",
    "Query.yearInReview(year:)": "The calendar year to review, 2000 to this year (INVALID otherwise); the current year runs to today.",
    "Mutation.makeUpSignIn(day:)": "The missed business day to sign in for, within the rule's make-up window.",
    "SignInPayload.signIn": "Today's sign-in and what it paid; null on errors.",
    "MakeUpSignInPayload.signIn": "The made-up sign-in and what it paid; null on errors.",
    "DefineSignInRulePayload.rule": "The rule now in force; null on errors.",
}
