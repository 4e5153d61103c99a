<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted member register and address book of a collective: everything stays encrypted on your computers, and only what you choose is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault: it opens with the vault&apos;s passphrase. Keep backups on another disk or a USB stick, so that they survive the loss or theft of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1, into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Receive a bundle from a partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a bundle encrypted to a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting and checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Imported: %n record written in one go.</numerusform>
            <numerusform>Imported: %n records written in one go.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the keys of the partner “%1” have CHANGED.&lt;/b&gt;&lt;br&gt;Expected fingerprint %2, this bundle has %3. Someone may be pretending to be this partner. The bundle is refused: call the partner and check before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a group that is not among your partners: &lt;b&gt;“%1”&lt;/b&gt;, fingerprint &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Accept it only if this group confirmed this fingerprint to you (by phone or in person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the partner “%1”, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1”, fingerprint %2: a new partner, accepted by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle number %1, written on %2; %n deletion(s) announced.</source>
        <translation>
            <numerusform>Bundle number %1, written on %2; %n deletion announced.</numerusform>
            <numerusform>Bundle number %1, written on %2; %n deletions announced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>An element removed on another laptop was kept: it had been edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address book removed the tag that shares this record there: the tag was kept, and the record&apos;s card sent back with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit made on another laptop restored this deleted record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop deleted this record, but it had been edited here: it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member number was given to two people on two laptops: the one given it later lost it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address book&apos;s card names the organisation “%1”, which this vault does not know: no organisation was made, and the person&apos;s links were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address book&apos;s card links this person to “%1”, who is no one in this vault (or by a kind of link it does not know): the link was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Conflicts&lt;/h2&gt;&lt;p&gt;The same thing was changed differently here and on another laptop. Both values are kept until you choose; meanwhile the record shows the later one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (another laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to resolve&lt;/h3&gt;&lt;p&gt;Every change received from other laptops agreed with this one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to resolve</source>
        <translation>
            <numerusform>%n to resolve</numerusform>
            <numerusform>%n to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>This conflict was already resolved (perhaps on another laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an element of a list can keep both values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a person since erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas. A comma inside a tag is typed after a backslash: comité\, fêtes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionColumns</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the membership for the period paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per year and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions the filters show, as a spreadsheet or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contributions&lt;/h2&gt;&lt;p&gt;Dues and donations, newest first. Add one from a person&apos;s “Membership and dues” tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the contributions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tenants of the Rue Haute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Everything in the vault is encrypted with it: if it is lost, nobody can recover the data — not the developers, not your hoster. Write it down and keep it somewhere safe, or use a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create this laptop&apos;s vault for the team&lt;/h2&gt;&lt;p&gt;Your own passphrase protects it on this computer; the invitation comes next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons vaults (*.commons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collective a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>The other window did not answer. Unlock the vault here, or look for that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo collective (%1 people)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresPanel</name>
    <message>
        <source>Where this person&apos;s data was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we hold about this person (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the access report of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to an access request: every field, membership, contribution, document and disclosure, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person&apos;s data was shared %n times:</source>
        <translation>
            <numerusform>This person&apos;s data was shared once:</numerusform>
            <numerusform>This person&apos;s data was shared %n times:</numerusform>
        </translation>
    </message>
    <message>
        <source>This person&apos;s data was never exported nor sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Select a document in the list, or add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents are not previewed on this computer (it has neither QtPdf nor poppler&apos;s pdftoppm). Use “Save a copy as…” to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF document could not be shown: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page of the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file (%1). Use “Save a copy as…” to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document in another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the document to a person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them. Documents are encrypted inside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n documents added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” in another application writes a decrypted copy to a private folder of this computer. The copy is wiped when the vault locks or Commons Desktop quits, but the other application may keep its own copy. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes were kept while the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This can be undone from the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Possible duplicates&lt;/h2&gt;&lt;p&gt;People who share an email, a phone number or the same name (ignoring case and accents).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 memberships, %2 contributions, %3 documents moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check it (and the keyboard layout) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it, or type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was replaced or moved since it was opened: this change was NOT saved, and nothing more will be saved into the old file. Lock the vault and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Commons Desktop. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member number %1 already belongs to another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for this vault (limit: %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to keep. Check that the file was fully downloaded or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named “%1” already exists. To give its records the same tag, merge the two tags instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive that is neither a spreadsheet nor a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or presentation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Office document that is not a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted file that is not a Commons bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password-protected spreadsheet (save it without a password)</source>
        <translation></translation>
    </message>
    <message>
        <source>The vault is still open in this window: this cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has this vault open: close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) is restoring, re-keying or erasing in this vault: wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) has this vault open: close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds NUL bytes: this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds control characters: this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not text in UTF-8, UTF-16 or Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %2 and %1 are in different encodings (UTF-8, Windows-1252): save the file in one encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2, over the limit of an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit of an import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is not deleted: %2 select by it, and would then list nobody. Change or delete them first, or merge the tag into another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone: %1 changed again since. Undo the later change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone: the record was deleted or erased since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone: its details were erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change (a creation, a link, a new version, a merge or an erasure) cannot be undone from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved column mapping “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has no membership yet: join first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid: nothing was imported.</source>
        <translation>
            <numerusform>%n row is invalid: nothing was imported.</numerusform>
            <numerusform>%n rows are invalid: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle (or the bundle is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not encrypted for this group (or it is damaged). If it was encrypted to a passphrase, type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was changed on the way. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle (number %1) is not newer than the last one received from this partner (%2): it was already imported, or it is an old copy. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the keys of the partner “%1” have changed. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a group that is not among your partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1. The import reads CSV files, spreadsheets (.ods, .xlsx, .xls), address cards (.vcf), Commons JSON files and bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the column “%1” is too long for an .xlsx cell (%2 characters at most): export to .ods or CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds something unsafe (%1). Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Spreadsheet (.ods, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.ods, .xlsx, .xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address cards (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member list (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address labels (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted bundle for partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only add new records (skip those already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the matching records with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fill the empty fields of matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership certificate (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letters (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal list (.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal list (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal list (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the vault: left as it is</source>
        <translation></translation>
    </message>
    <message>
        <source>the same person as an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the vault: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another person (different %1): flagged as a possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member number belongs to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the organisation column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” not recognised: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contribution(s) without a date are dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) outside any card were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link(s) to another card (ORG, RELATED) name no card of this file: not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link(s) to an organisation whose card is not in this file were made by its name, without their start and end dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 photo(s) or document(s) dropped as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion of %1 %2 was ignored: it is not a record received from this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a photo line that is not a property was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a photo that is not base64 data was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a photo given as a link was dropped (links are never fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a photo over %2 MB was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a photo that is not valid base64 was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person (access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that may leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page, as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will leave this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fields:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit and were cut (marked …): check them before printing.</source>
        <translation>
            <numerusform>%n did not fit and was cut (marked …): check it before printing.</numerusform>
            <numerusform>%n did not fit and were cut (marked …): check them before printing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the records and at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns of the file:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected have no postal address: no label for them.</source>
        <translation>
            <numerusform>%n of the people selected has no postal address: no label for them.</numerusform>
            <numerusform>%n of the people selected have no postal address: no label for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected are not active members today: no card for them (tick “A card for everyone selected” to print them too).</source>
        <translation>
            <numerusform>%n of the people selected is not an active member today: no card for them (tick “A card for everyone selected” to print them too).</numerusform>
            <numerusform>%n of the people selected are not active members today: no card for them (tick “A card for everyone selected” to print them too).</numerusform>
        </translation>
    </message>
    <message>
        <source>address-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n people). It is recorded in the disclosure log.</source>
        <translation>
            <numerusform>Written: %1 (%n person). It is recorded in the disclosure log.</numerusform>
            <numerusform>Written: %1 (%n people). It is recorded in the disclosure log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text document (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo (JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo (HEIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRouter</name>
    <message>
        <source>Another vault is open: quit, then open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;This vault is empty&lt;/h2&gt;&lt;p&gt;Nobody is in it yet. Start in one of these ways; everything you add stays encrypted on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet or address cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your member list from a spreadsheet (.ods, .xlsx, .xls, .csv — Galette, Google, Outlook and Thunderbird exports too) or address cards (.vcf). You see what will be imported first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the first member or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner association, a union, a supplier: the people related to it come after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back what the selected change replaced, as a new change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;&lt;p&gt;The latest %1 changes, newest first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see it in full and undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>this computer (no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered or edited in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a record no longer in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 by %3: %4 “%5”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals and dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Today, %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the home page&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are not members</source>
        <translation>
            <numerusform>%n person is not a member</numerusform>
            <numerusform>%n people are not members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1: %n</numerusform>
            <numerusform>%1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewals due this month</source>
        <translation>
            <numerusform>%n renewal due this month</numerusform>
            <numerusform>%n renewals due this month</numerusform>
        </translation>
    </message>
    <message>
        <source>Memberships ending from today to the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dues received in %1: %2 (%n payments)</source>
        <translation>
            <numerusform>Dues received in %1: %2 (%n payment)</numerusform>
            <numerusform>Dues received in %1: %2 (%n payments)</numerusform>
        </translation>
    </message>
    <message>
        <source>No dues received in %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an encrypted bundle from a partner group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive it as a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this column mapping, to reuse it for the next spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to import (limit: %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (recognise the headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved: it is offered for the next spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n records</source>
        <translation>
            <numerusform>Importing %n record</numerusform>
            <numerusform>Importing %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Imported: %n record written in one go.</numerusform>
            <numerusform>Imported: %n records written in one go.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have errors: fix the lines shown in the file, or tick “Import the valid rows”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation holds the team&apos;s keys. Give it only to the person joining, tell them the passphrase another way, and delete the file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change the membership types of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a first payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no membership type yet: add one with “Types…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop of the team wrote an invitation for this one. Choose it, then give what opens it: its passphrase, or the key file it was made for. This vault then receives the team&apos;s records and shares its changes with the other laptops. A team on a WebDAV server: add that server on the Servers page first (with its password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the invitation names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file the invitation was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the invitation&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop joins the other laptops of your collective: with the invitation one of them wrote, this vault receives the team&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>honorary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: membership dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: a donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With our thanks for your support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We certify that %1 is a member of %2 since %3, until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We certify that %1 was a member of %2 from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing your membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your membership (%1) ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your membership (%1) ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To renew it, please pay %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To renew it, please pay by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By bank transfer to %1, with the reference “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with your banking app: the transfer is filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>more than %1 MB in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows, cards or people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 characters in one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 characters in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB in one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB in one card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 properties in one card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB unpacked from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB in one archive entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the servers now (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server to sync yet: add one on the Servers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete files on the server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync with “%1” stopped before changing anything: it would delete %2 of the %3 files there, because they are no longer selected by its export profile (or were deleted here).

Delete them on the server now? If this is not what you meant, answer No and check the profile: nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons Desktop — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked with unsaved changes: unlock it to save them. Close and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal entity represented (Galette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the association (a tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (Commons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>&lt;h2&gt;Renewals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show memberships ending within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include lapsed members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the selected memberships for one more period of their type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these members has an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n emails copied for the BCC field. The clipboard will be cleared in 30 seconds.</source>
        <translation>
            <numerusform>%n email copied for the BCC field. The clipboard will be cleared in 30 seconds.</numerusform>
            <numerusform>%n emails copied for the BCC field. The clipboard will be cleared in 30 seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the renewal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the renewal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n letters). It is recorded in the disclosure log.</source>
        <translation>
            <numerusform>Written: %1 (%n letter). It is recorded in the disclosure log.</numerusform>
            <numerusform>Written: %1 (%n letters). It is recorded in the disclosure log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reminder letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy emails (BCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emails of the selected members (all when none is selected), to paste into the BCC field of a message. The clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (.ods, .xlsx) or a CSV file of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with a letter to each selected member (all when none is selected), with a payment QR code when the association&apos;s IBAN is set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members to renew</source>
        <translation>
            <numerusform>%n member to renew</numerusform>
            <numerusform>%n members to renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships renewed.</source>
        <translation>
            <numerusform>%n membership renewed.</numerusform>
            <numerusform>%n memberships renewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>New membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipForm</name>
    <message>
        <source>No start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more period of the membership&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership certificate, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt for the selected contribution, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the membership certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are these the same person? Choose the values to keep. Emails, phones, addresses, languages, tags and custom fields of both are kept; memberships, contributions, relationships and documents move to the kept record. Both histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Record A&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Record B&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both notes, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>This passphrase is too weak: use at least 8 characters, better several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Records already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For files that name people and nothing else, such as Galette&apos;s list of contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a record that is already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep vCard photos as documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>People related to this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an organisation in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>e.g. association, union, cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations (name, kind, city, email…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this card to partner groups (by email, on paper…). It holds only public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the card the partner gave you (it starts with commons-id:1:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card copied: paste it into a message to the partner group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card of “%1”, fingerprint &lt;b&gt;%2&lt;/b&gt;. Compare it with the fingerprint the partner reads out to you before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the partner “%1”? Its bundles will be refused until it is added again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change, a copy of the vault encrypted with the current passphrase is kept in %1: delete it if the current passphrase may be known to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups taken before the change still open with the current passphrase only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered on this computer is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep the new passphrase safe.&lt;/b&gt; If it is lost, nobody can recover the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use several words, or 12 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search people (name, email, phone, city, tag…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of a saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the membership status of the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search or choose a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ people</source>
        <translation>
            <numerusform>%Ln+ person</numerusform>
            <numerusform>%Ln+ people</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. The person can be restored from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n people:</source>
        <translation>
            <numerusform>Tag to add to %n person:</numerusform>
            <numerusform>Tag to add to %n people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagging %n people</source>
        <translation>
            <numerusform>Tagging %n person</numerusform>
            <numerusform>Tagging %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Untag people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n people:</source>
        <translation>
            <numerusform>Tag to remove from %n person:</numerusform>
            <numerusform>Tag to remove from %n people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing a tag from %n people</source>
        <translation>
            <numerusform>Removing a tag from %n person</numerusform>
            <numerusform>Removing a tag from %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the membership of %n people as:</source>
        <translation>
            <numerusform>Mark the membership of %n person as:</numerusform>
            <numerusform>Mark the membership of %n people as:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the membership of %n people</source>
        <translation>
            <numerusform>Changing the membership of %n person</numerusform>
            <numerusform>Changing the membership of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people? They can be restored from the history.</source>
        <translation>
            <numerusform>Delete %n person? They can be restored from the history.</numerusform>
            <numerusform>Delete %n people? They can be restored from the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n people</source>
        <translation>
            <numerusform>Deleting %n person</numerusform>
            <numerusform>Deleting %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n records changed.</source>
        <translation>
            <numerusform>Done: %n record changed.</numerusform>
            <numerusform>Done: %n records changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Select a person in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership and dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>e.g. fr, en, nl-BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. volunteer, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed (e.g. newsletter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Rows shown in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, updated or flagged rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the import, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n flagged as possible duplicates)</source>
        <translation>
            <numerusform>(%n flagged as a possible duplicate)</numerusform>
            <numerusform>(%n flagged as possible duplicates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows</source>
        <translation>
            <numerusform>%n invalid row</numerusform>
            <numerusform>%n invalid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsBox</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 × %3 labels of %4 × %5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom sheet (measured in mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns × rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (width × height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins (top, left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (columns, rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the outlines (a trial on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card for everyone selected, not only the active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n (across, then down)</source>
        <translation>
            <numerusform>of %n (across, then down)</numerusform>
            <numerusform>of %n (across, then down)</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels do not fit across the page: %1 mm too wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels do not fit down the page: %1 mm too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than %1 labels on a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These measures do not make a sheet of labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintWording</name>
    <message>
        <source>Member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — printed on %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a selection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we hold about you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — printed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress of the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (expected DD/MM/YYYY or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs a given or a family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plausible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a language code (e.g. fr, en, nl-BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds bytes that are not text in this computer&apos;s encoding (UTF-8 is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a three-letter currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag has 1 to 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contribution needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person cannot be related to themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected type/subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents link to people or organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a person or an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable file of PEM certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the membership already runs to the last year a date can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to a record that is neither in the file nor in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the vault&apos;s size limit (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid IBAN (check its letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a membership type of this vault (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only dues renew a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a renewal needs the end of the period paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Who can open the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner group yet: add one in Exchange → Partners and identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… or ssh-ed25519 … (one key per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: tell it to the receiver another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner group, give a public key or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them. Documents are encrypted inside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet. Attach files with the button above, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts back the values the last saved change replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert your unsaved changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, an email, a city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the document to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation or person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was taken under another passphrase (before a change of passphrase): type the passphrase the vault had then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it is replaced, the vault as it is now is kept in %1. Commons Desktop closes the vault, restores the backup and opens it again; unsaved changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the backup either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of “%1”, taken on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of another vault (“%1”), not of this one: restoring it replaces this vault by that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <source>Records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag, saved search or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n people selected in the list</source>
        <translation>
            <numerusform>The person selected in the list</numerusform>
            <numerusform>The %n people selected in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/group/Documents/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in this computer&apos;s keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: nothing may go there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a hoster with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use plain http with this address anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is plain http to another computer: the password and the data would travel unencrypted, readable by anyone on the way. Use https if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address or account is a new target: it starts empty, and the first sync sends everything again. Nothing is deleted on the old server, nor in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no export profile yet: nothing may go to a server until one says what may leave (a selection and its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of the hoster&apos;s authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file: this is not a readable file of certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named “%1” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it, then save again (the password is kept there only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so the password cannot be kept: the server was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>Documents folder (WebDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book (CardDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder (WebDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: check the address and the network. Changes wait here and go out at the next sync that reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Changes wait here and go out at the next sync that reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before the server&apos;s answer was complete. The next sync resumes where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (TLS). If your hoster uses its own certificate authority, give its certificate as the CA file (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address uses plain http to another computer: the password and the data would travel unencrypted. Use https, or confirm plain http for this address (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password: the server refused them. Nothing more is sent with them until you change them (Edit) or test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not write there: ask the server&apos;s administrator for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at this address on the server. Test the connection to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no address book at this address on the server. Test the connection to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed it on the server meanwhile: it was left as they made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: the folder above this address does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large: for the server, or an answer over this program&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was refused: it is not what this protocol answers, or it is of absurd size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable http or https address (and it must not hold a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends elsewhere (another server, or plain http): give the final address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is a collection, but not an address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has several address books: give the address of one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before changing anything: this sync would delete %2 of the %3 files on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no export profile, so nothing may go there: choose one (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing this kind of server comes in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end; the next sync resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document&apos;s content in the vault does not match its checksum, so it was not sent: check the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it so that the server&apos;s password can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: the server&apos;s password cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before changing anything: this sync would delete more than a fifth of the files on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the folder is there and this account can write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the folder was created, and this account can write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the address book is there and this account can write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the address book was created, and this account can write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards will be written as vCard %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersView</name>
    <message>
        <source>&lt;h2&gt;Servers&lt;/h2&gt;&lt;p&gt;The group&apos;s own servers. Each one receives only what its export profile selects; passwords stay in this computer&apos;s keyring.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically while the app is open, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between two automatic syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync here: sent %1, deleted %2, conflicts %3, requests %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on the server as someone else changed them there (not overwritten): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” points at a new target now: it starts empty, and nothing was deleted on the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the server “%1” and its password on this computer? Nothing is deleted on the server: what was sent there stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed from this vault; nothing was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no address book at this address on “%1”. Create it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at this address on “%1”. Create it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server to sync yet: add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Anne (secretary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history shows it as the author of the changes you make on this computer. It is kept in the vault, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts, certificates and letters are printed in the interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BE71 0961 2345 6769</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and address are printed on receipts, membership certificates and reminder letters. With an IBAN, each reminder letter carries a payment QR code that banking apps scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetHeaders</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode (address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the selected vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented people to try the application; passphrase: demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another laptop of your collective wrote an invitation for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back, %1&lt;/h2&gt;&lt;p&gt;Unlock the vault of %1, or choose another one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;&lt;p&gt;Choose a vault to unlock.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Commons Desktop&lt;/h2&gt;&lt;p&gt;Your collective&apos;s members and contacts, encrypted on this computer. Nothing leaves it unless you choose so.&lt;/p&gt;&lt;p&gt;Create a vault for your collective, open a vault file you already have, or look around the demo collective.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in Commons Desktop on %1 (process %2), which does not answer from here. Changes made in two places at once are all kept, but close one of them if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Commons Desktop window (process %1). Switch to that window, or unlock it here as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commons vaults (*.commons);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Syncing with the servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the servers. Cancel stops it; the next sync resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is offline: changes wait here and go out at the first sync once the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server was synced; the last sync ended at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers have not been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Files changed on a server by someone else were left as they are. Click to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWords</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsView</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the tag into another tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag from every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tags&lt;/h2&gt;&lt;p&gt;Open a tag to list the people who carry it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saved searches&lt;/h2&gt;&lt;p&gt;Save one from the People screen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the tag “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” renamed to “%2” on %n records.</source>
        <translation>
            <numerusform>Tag “%1” renamed to “%2” on %n record.</numerusform>
            <numerusform>Tag “%1” renamed to “%2” on %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records tagged “%1” will carry this tag instead, and “%1” will be gone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” merged into “%2” (%n records carried it).</source>
        <translation>
            <numerusform>Tag “%1” merged into “%2” (%n record carried it).</numerusform>
            <numerusform>Tag “%1” merged into “%2” (%n records carried it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from the %n records that carry it, and delete it?</source>
        <translation>
            <numerusform>Remove the tag “%1” from the record that carries it, and delete it?</numerusform>
            <numerusform>Remove the tag “%1” from the %n records that carry it, and delete it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” deleted from %n records.</source>
        <translation>
            <numerusform>Tag “%1” deleted from %n record.</numerusform>
            <numerusform>Tag “%1” deleted from %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>the folder cannot be reached (is the drive or share connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder belongs to another team or holds other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder is empty although this laptop had written there: nothing was taken as deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files in the folder failed their checks: nothing of them was merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of the team is missing from the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop was removed from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before changing anything: the changes received would delete many records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot in the folder reaches the changes left there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a laptop cannot remove itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop is not in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a laptop&apos;s name needs at least one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation cannot be opened (wrong passphrase or key, or not an invitation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file holds no age key (AGE-SECRET-KEY-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a new, empty vault can join a team: create one for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault is already part of a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team&lt;/h2&gt;&lt;p&gt;The laptops that share this vault, and the folders they exchange their changes through (a USB stick, a Syncthing or Nextcloud folder, a share). Everything written there is encrypted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this vault with other laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is on this laptop only. Share it, then add a folder and invite the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Laptops&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Folders&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n laptops in the team</source>
        <translation>
            <numerusform>%n laptop in the team</numerusform>
            <numerusform>%n laptops in the team</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is now shared: add a folder, then invite the other laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder added: “%1”. Sync now to exchange through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 changes received, %2 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop joined the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It caught up from the team&apos;s latest snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team folder was found on this computer: add it on the Team page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1 (see the Servers page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining stopped: this vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop did not join the team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the other laptops of the team see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is now called “%1”; the others see it after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped; the next one resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team folder to sync: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation written to %1. Give it only to the person joining, and delete it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the team? What it has already received stays on it; everything written from now on uses a new key it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” removed from the team: the others get the new key at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Membership types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesEditor</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Member, Supporting member, Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships have this type: add the type they should take first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n memberships have the type “%1”. Which type should they take?</source>
        <translation>
            <numerusform>%n membership has the type “%1”. Which type should it take?</numerusform>
            <numerusform>%n memberships have the type “%1”. Which type should they take?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the type “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was locked. Unsaved changes are kept and come back after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The vault “%1” is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to that window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the key remembered in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock the vault “%1”&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is remembered for this vault on this computer: type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vault file in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: it cannot be restored. The vault was not changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup does not open with the vault&apos;s passphrase (it was taken before a change of passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSafety</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was replaced or moved by another program (a file manager, a sync tool, a restore) while it was open here. Commons Desktop locked the vault so that nothing is saved into the old file; your unsaved changes are kept. Unlock it to open the file that is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n days old.</source>
        <translation>
            <numerusform>The last backup of this vault is %n day old.</numerusform>
            <numerusform>The last backup of this vault is %n days old.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backups were removed from that folder.</source>
        <translation>
            <numerusform>%n older backup was removed from that folder.</numerusform>
            <numerusform>%n older backups were removed from that folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault as it was before is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. The vault as it was before, encrypted with the old passphrase, is kept at %1: delete it if the old passphrase may be known to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be updated (%1): type the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered on this computer was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of this computer is locked, so the vault&apos;s key was not remembered: unlock the keyring, then tick “Remember on this computer” again when you next unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so the vault&apos;s key could not be remembered: its passphrase will be asked each time the vault is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
