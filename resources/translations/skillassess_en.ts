<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AssessmentsPage</name>
        <message numerus="yes">
            <source>%n assessment(s)</source>
            <translation>
                <numerusform>%n assessment</numerusform>
                <numerusform>%n assessments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTexts</name>
        <message numerus="yes">
            <source>%n record(s) differ from the audit log: changed outside SkillAssess.</source>
            <translation>
                <numerusform>%n record differs from the audit log: changed outside SkillAssess.</numerusform>
                <numerusform>%n records differ from the audit log: changed outside SkillAssess.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact: %n entry(ies) checked; every record matches it.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry checked; every record matches it.</numerusform>
                <numerusform>The audit log is intact: %n entries checked; every record matches it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n candidate</numerusform>
                <numerusform>%n candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) imported.</source>
            <translation>
                <numerusform>%n candidate imported.</numerusform>
                <numerusform>%n candidates imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already registered, not imported again:</source>
            <translation>
                <numerusform>%n already registered, not imported again:</numerusform>
                <numerusform>%n already registered, not imported again:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message numerus="yes">
            <source>%n certificate(s) in the register</source>
            <translation>
                <numerusform>%n certificate in the register</numerusform>
                <numerusform>%n certificates in the register</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved</source>
            <translation>
                <numerusform>%n badge saved</numerusform>
                <numerusform>%n badges saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Signing %n badge(s)…</source>
            <translation>
                <numerusform>Signing %n badge…</numerusform>
                <numerusform>Signing %n badges…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) saved</source>
            <translation>
                <numerusform>%n certificate saved</numerusform>
                <numerusform>%n certificates saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Preparing %n certificate(s)…</source>
            <translation>
                <numerusform>Preparing %n certificate…</numerusform>
                <numerusform>Preparing %n certificates…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printing %n certificate(s)…</source>
            <translation>
                <numerusform>Printing %n certificate…</numerusform>
                <numerusform>Printing %n certificates…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message numerus="yes">
            <source>%n item(s) in the portfolio</source>
            <translation>
                <numerusform>%n item in the portfolio</numerusform>
                <numerusform>%n items in the portfolio</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>%n result(s) in draft in your sessions.</source>
            <translation>
                <numerusform>%n result in draft in your sessions.</numerusform>
                <numerusform>%n results in draft in your sessions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) in draft.</source>
            <translation>
                <numerusform>%n result in draft.</numerusform>
                <numerusform>%n results in draft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) to record</source>
            <translation>
                <numerusform>%n session to record</numerusform>
                <numerusform>%n sessions to record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting for verification</source>
            <translation>
                <numerusform>%n result waiting for verification</numerusform>
                <numerusform>%n results waiting for verification</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n returned result(s)</source>
            <translation>
                <numerusform>%n returned result</numerusform>
                <numerusform>%n returned results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) eligible for a certificate</source>
            <translation>
                <numerusform>%n candidate eligible for a certificate</numerusform>
                <numerusform>%n candidates eligible for a certificate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — assessor %2 — %n result(s) in draft</source>
            <translation>
                <numerusform>%1 — assessor %2 — %n result in draft</numerusform>
                <numerusform>%1 — assessor %2 — %n results in draft</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IssueConfirmDialog</name>
        <message numerus="yes">
            <source>Issue %n certificate(s)?</source>
            <translation>
                <numerusform>Issue %n certificate?</numerusform>
                <numerusform>Issue %n certificates?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) will be issued in %1, dated %2.</source>
            <translation>
                <numerusform>%n certificate will be issued in %1, dated %2.</numerusform>
                <numerusform>%n certificates will be issued in %1, dated %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Issue %n certificate(s)</source>
            <translation>
                <numerusform>Issue %n certificate</numerusform>
                <numerusform>Issue %n certificates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressWidget</name>
        <message numerus="yes">
            <source>%n unit(s) achieved: a statement of attainment can be issued.</source>
            <translation>
                <numerusform>%n unit achieved: a statement of attainment can be issued.</numerusform>
                <numerusform>%n units achieved: a statement of attainment can be issued.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterBrowserDialog</name>
        <message numerus="yes">
            <source>%n candidate(s).</source>
            <translation>
                <numerusform>%n candidate.</numerusform>
                <numerusform>%n candidates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s).</source>
            <translation>
                <numerusform>%n certificate.</numerusform>
                <numerusform>%n certificates.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>Exported %n row(s) to %1</source>
            <translation>
                <numerusform>Exported %n row to %1</numerusform>
                <numerusform>Exported %n rows to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPlannerDialog</name>
        <message numerus="yes">
            <source>%n candidate(s) chosen</source>
            <translation>
                <numerusform>%n candidate chosen</numerusform>
                <numerusform>%n candidates chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message numerus="yes">
            <source>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute(s); an administrator can unlock it sooner by resetting the password.</source>
            <translation>
                <numerusform>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minute; an administrator can unlock it sooner by resetting the password.</numerusform>
                <numerusform>Wrong user name or password, or the account is locked after %1 wrong passwords. A locked account opens again after %n minutes; an administrator can unlock it sooner by resetting the password.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
</TS>
