import { Actor, getPerson, registerPerson, updatePersonDetails } from "@openpb/core"
import { EnglandDefaultPolicies } from "@openpb/plugin-england-defaults"
import { afterAll, describe, expect, it } from "vitest"
import { countRows, makeTestManagedRuntime, runAs, testDatabaseKind } from "../src/testing.ts"
import { councilId } from "./ledgerSupport.ts"

describe(`a person's own details, on ${testDatabaseKind()}`, () => {
  const runtime = makeTestManagedRuntime(EnglandDefaultPolicies)
  afterAll(() => runtime.dispose())
  const admin = new Actor({ subject: "details-admin", roles: ["council-admin"], councilId })

  it("are the person's to change: contact, language, interpreter, a statement of their own, and equality data they may withdraw", async () => {
    const registered = await runAs(
      runtime,
      admin,
    )(
      registerPerson({
        givenName: "Self",
        familyName: "Service",
        equality: { ethnicity: "A", sex: "female" },
      }),
    )
    const asSelf = runAs(
      runtime,
      new Actor({ subject: "self", roles: ["person"], councilId, personId: registered.id }),
    )
    const changed = await asSelf(
      updatePersonDetails({
        personId: registered.id,
        contact: { phone: "07700 900123", email: null, address: "1 High Street\nNorthmere" },
        preferredLanguage: "Polish",
        interpreterNeeded: true,
      }),
    )
    expect(changed).toMatchObject({
      preferredLanguage: "Polish",
      interpreterNeeded: true,
      contact: { phone: "07700 900123" },
      equality: { ethnicity: "A", sex: "female" },
    })
    const stated = await asSelf(
      updatePersonDetails({
        personId: registered.id,
        ownStatement: "I manage best with the same worker each week.\nPlease call before visiting.",
      }),
    )
    expect(stated.ownStatement).toBe(
      "I manage best with the same worker each week.\nPlease call before visiting.",
    )
    const withdrawn = await asSelf(updatePersonDetails({ personId: registered.id, equality: null }))
    expect(withdrawn.ownStatement).toBe(stated.ownStatement)
    expect(withdrawn.equality).toBeNull()
    expect((await asSelf(getPerson({ personId: registered.id }))).equality).toBeNull()

    // Someone else's record, or nothing to change, is refused and writes nothing.
    const other = await runAs(
      runtime,
      admin,
    )(registerPerson({ givenName: "Other", familyName: "Person" }))
    const events = () => runtime.runPromise(countRows("domain_events"))
    const before = await events()
    await expect(
      asSelf(updatePersonDetails({ personId: other.id, preferredLanguage: "Welsh" })),
    ).rejects.toThrow(/person update/)
    await expect(asSelf(updatePersonDetails({ personId: registered.id }))).rejects.toThrow(
      /at least one/,
    )
    await expect(
      asSelf(updatePersonDetails({ personId: registered.id, preferredLanguage: "a\u0000b" })),
    ).rejects.toThrow(/preferredLanguage/)
    expect(await events()).toBe(before)
    expect(
      (await runAs(runtime, admin)(getPerson({ personId: other.id }))).preferredLanguage,
    ).toBeNull()
  }, 60_000)
})
