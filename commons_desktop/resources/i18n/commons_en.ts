<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="41"/>
        <source>Receive a bundle from a partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="50"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="51"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="52"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="56"/>
        <source>Passphrase of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="57"/>
        <source>only for a bundle encrypted to a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="59"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="67"/>
        <source>Accept this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="69"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="77"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="79"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="91"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="92"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="117"/>
        <source>Choose the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="140"/>
        <source>Decrypting and checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="142"/>
        <source>Opening the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="175"/>
        <source>Refused: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="188"/>
        <source>Importing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/bundle_dialog.py" line="195"/>
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Imported: %n record written in one go.</numerusform>
            <numerusform>Imported: %n records written in one go.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="211"/>
        <source>&lt;b&gt;WARNING: the keys of the partner “%1” have CHANGED.&lt;/b&gt;&lt;br&gt;Expected fingerprint %2, this bundle has %3. Someone may be pretending to be this partner. The bundle is refused: call the partner and check before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="218"/>
        <source>This bundle comes from a group that is not among your partners: &lt;b&gt;“%1”&lt;/b&gt;, fingerprint &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Accept it only if this group confirmed this fingerprint to you (by phone or in person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="224"/>
        <source>From the partner “%1”, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/bundle_dialog.py" line="226"/>
        <source>From “%1”, fingerprint %2: a new partner, accepted by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/bundle_dialog.py" line="229"/>
        <source>Bundle number %1, written on %2; %n deletion(s) announced.</source>
        <translation>
            <numerusform>Bundle number %1, written on %2; %n deletion announced.</numerusform>
            <numerusform>Bundle number %1, written on %2; %n deletions announced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="15"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="16"/>
        <location filename="../../ui/widgets/contact_fields.py" line="22"/>
        <location filename="../../ui/widgets/contact_fields.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="17"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="17"/>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="21"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="23"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="27"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="29"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="30"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="31"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="32"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="32"/>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="36"/>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="37"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="38"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_fields.py" line="38"/>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionColumns</name>
    <message>
        <location filename="../../ui/contributions/view.py" line="19"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="20"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="21"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="22"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="23"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="24"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <location filename="../../ui/contributions/view.py" line="38"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="47"/>
        <source>Open the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contributions/view.py" line="50"/>
        <source>&lt;h2&gt;Contributions&lt;/h2&gt;&lt;p&gt;Dues and donations, newest first. Add one from a person&apos;s “Membership and dues” tab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="41"/>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="43"/>
        <location filename="../../ui/unlock/create_panel.py" line="86"/>
        <source>Name of the collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="44"/>
        <source>e.g. Tenants of the Rue Haute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="47"/>
        <location filename="../../ui/unlock/create_panel.py" line="87"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="50"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="51"/>
        <source>Choose where to keep the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="55"/>
        <location filename="../../ui/unlock/create_panel.py" line="88"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="59"/>
        <location filename="../../ui/unlock/create_panel.py" line="91"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="65"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="68"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Everything in the vault is encrypted with it: if it is lost, nobody can recover the data — not the developers, not your hoster. Write it down and keep it somewhere safe, or use a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="73"/>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="78"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="80"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="89"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="113"/>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="114"/>
        <source>Commons vaults (*.commons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="123"/>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="123"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="123"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="123"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="123"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="125"/>
        <source>Use several words, or 12 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="135"/>
        <source>Give the collective a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="139"/>
        <source>This passphrase is too weak: use at least 8 characters, better several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/create_panel.py" line="143"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/desktop.py" line="73"/>
        <source>Demo collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desktop.py" line="91"/>
        <source>Creating the demo collective (%1 people)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresPanel</name>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="36"/>
        <source>Where this person&apos;s data was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="37"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="37"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="37"/>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="37"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="38"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="47"/>
        <source>Everything we hold about this person (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="48"/>
        <source>Write the access report of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="49"/>
        <source>The answer to an access request: every field, membership, contribution, document and disclosure, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/disclosures.py" line="78"/>
        <source>This person&apos;s data was shared %n times:</source>
        <translation>
            <numerusform>This person&apos;s data was shared once:</numerusform>
            <numerusform>This person&apos;s data was shared %n times:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="79"/>
        <source>This person&apos;s data was never exported nor sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="95"/>
        <source>Save the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="107"/>
        <source>Writing the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/disclosures.py" line="112"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <location filename="../../ui/documents/view.py" line="37"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="38"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="39"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="40"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="25"/>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="31"/>
        <source>Text preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="42"/>
        <source>Select a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="58"/>
        <source>No preview for this kind of file (%1). Use “Save a copy as…” to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/documents/view.py" line="62"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="72"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="73"/>
        <location filename="../../ui/documents/view.py" line="200"/>
        <location filename="../../ui/documents/view.py" line="208"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="74"/>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="75"/>
        <source>Open in another application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="77"/>
        <source>Open the document in another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="83"/>
        <source>Add files to the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="84"/>
        <source>Link the document to a person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="85"/>
        <source>Save a copy of the document as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="87"/>
        <source>Drop files here to add them. Documents are encrypted inside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="166"/>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="167"/>
        <source>Not linked to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="181"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="181"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/view.py" line="194"/>
        <source>%n documents added.</source>
        <translation>
            <numerusform>%n document added.</numerusform>
            <numerusform>%n documents added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="200"/>
        <source>Name of the person or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="205"/>
        <source>Nobody found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="208"/>
        <source>Link the document to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="217"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="224"/>
        <source>Saved a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="230"/>
        <source>Opening “%1” in another application writes a decrypted copy to a private folder of this computer. The copy is wiped when the vault locks or Commons Desktop quits, but the other application may keep its own copy. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/view.py" line="233"/>
        <source>Open in another application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/duplicates/view.py" line="22"/>
        <source>Same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="23"/>
        <source>Same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="24"/>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="35"/>
        <source>&lt;h2&gt;Possible duplicates&lt;/h2&gt;&lt;p&gt;People who share an email, a phone number or the same name (ignoring case and accents).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="39"/>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="39"/>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="39"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="40"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="50"/>
        <source>Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="51"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="52"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates/view.py" line="92"/>
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/view.py" line="115"/>
        <source>Merged: %1 memberships, %2 contributions, %3 documents moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>Wrong passphrase. Check it (and the keyboard layout) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106"/>
        <source>The keyring of this computer is locked: unlock it, or type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>No secure keyring is available on this computer: type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112"/>
        <source>A file already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="114"/>
        <source>The vault is in use by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>This vault was written by a newer version of Commons Desktop. Please update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The file is too large for this vault (limit: %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>This conflicts with an existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>The file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>There is no tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="137"/>
        <source>There is no export profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>There is no partner “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>There is no saved column mapping “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/errors.py" line="148"/>
        <source>%n rows are invalid: nothing was imported.</source>
        <translation>
            <numerusform>%n row is invalid: nothing was imported.</numerusform>
            <numerusform>%n rows are invalid: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="150"/>
        <source>Wrong passphrase for this bundle (or the bundle is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>This bundle is not encrypted for this group (or it is damaged). If it was encrypted to a passphrase, type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="155"/>
        <source>The bundle&apos;s signature does not match its content: it was changed on the way. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>This bundle (number %1) is not newer than the last one received from this partner (%2): it was already imported, or it is an old copy. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="162"/>
        <source>WARNING: the keys of the partner “%1” have changed. Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>This bundle comes from a group that is not among your partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>This bundle holds something unsafe (%1). Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>This file cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>This cannot be done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange/wording.py" line="15"/>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="16"/>
        <source>Address cards (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="17"/>
        <source>Complete data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="18"/>
        <source>Member list (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="19"/>
        <source>Membership cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="20"/>
        <source>Address labels (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="21"/>
        <source>Encrypted bundle for partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="24"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="25"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="26"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="27"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="30"/>
        <source>Only add new records (skip those already here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="31"/>
        <source>Update the matching records with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="32"/>
        <source>Only fill the empty fields of matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="35"/>
        <source>same identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="36"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="37"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="38"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="39"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="43"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="44"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="45"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="46"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="47"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="48"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="49"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="50"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="51"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="52"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="53"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="54"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="55"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="56"/>
        <source>Organisation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="57"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="58"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="59"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="60"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="61"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="62"/>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="66"/>
        <source>Access report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="100"/>
        <source>already in the vault (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="101"/>
        <source>%1 as line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="102"/>
        <source>merged into line %2 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="103"/>
        <source>no change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="125"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="131"/>
        <source>Column “%1” not recognised: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="133"/>
        <source>%1 contribution(s) without a date are dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="135"/>
        <source>%1 errors; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="154"/>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="156"/>
        <source>whoever has the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="158"/>
        <source>the person (access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wording.py" line="160"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange/menu.py" line="23"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="26"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="29"/>
        <source>Receive a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="31"/>
        <source>Partners and identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/menu.py" line="33"/>
        <source>&amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="49"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="54"/>
        <source>Format of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="59"/>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="60"/>
        <source>comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="60"/>
        <source>semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="60"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="62"/>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="65"/>
        <source>Fields that may leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="67"/>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="69"/>
        <source>No field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="77"/>
        <source>What will leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="78"/>
        <location filename="../../ui/exchange/export_dialog.py" line="102"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="78"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="90"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="93"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="98"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="100"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="110"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="115"/>
        <source>What will leave this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="254"/>
        <source>&lt;b&gt;Fields:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="223"/>
        <source>Choose the records and at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="226"/>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="244"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="244"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="245"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="245"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="246"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="246"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="254"/>
        <source>&lt;b&gt;Columns of the file:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="270"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="280"/>
        <source>Writing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="283"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="289"/>
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
        <location filename="../../ui/errors.py" line="12"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="13"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="14"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="15"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="16"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="17"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Consent until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../ui/history_table.py" line="18"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="18"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="18"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="20"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="21"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="23"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="52"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="59"/>
        <source>(details erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_table.py" line="67"/>
        <source>merged %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history/view.py" line="17"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history/view.py" line="20"/>
        <source>&lt;h2&gt;History&lt;/h2&gt;&lt;p&gt;The latest %1 changes, newest first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="47"/>
        <source>Import people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="58"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="59"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="60"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="63"/>
        <source>Format of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="64"/>
        <source>Guess from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="68"/>
        <source>This file is an encrypted bundle from a partner group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="70"/>
        <source>Receive it as a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="75"/>
        <source>Saved column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="108"/>
        <source>Save this mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="82"/>
        <source>Columns of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="77"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="78"/>
        <source>Save this column mapping, to reuse it for the next spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="84"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="101"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="120"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="121"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="145"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="153"/>
        <source>This file is too large to import (limit: %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="188"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="196"/>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="223"/>
        <source>None (recognise the headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="237"/>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="237"/>
        <source>Name of the column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="248"/>
        <source>Mapping saved: it is offered for the next spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="262"/>
        <source>Importing %n records</source>
        <translation>
            <numerusform>Importing %n record</numerusform>
            <numerusform>Importing %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="269"/>
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Imported: %n record written in one go.</numerusform>
            <numerusform>Imported: %n records written in one go.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="286"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="296"/>
        <source>Nothing can be imported while rows have errors: fix the lines shown in the file, or tick “Import the valid rows”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="8"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <location filename="../../ui/labels.py" line="27"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>honorary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <location filename="../../ui/labels.py" line="88"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Tags and saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Commons Desktop — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>%1 — Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="153"/>
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="16"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="17"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="18"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="19"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="20"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="21"/>
        <source>Email type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="22"/>
        <source>Second email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="24"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="25"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="26"/>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="27"/>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="28"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="29"/>
        <source>Street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="30"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="31"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="32"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="33"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="34"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="35"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="36"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="37"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="38"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="39"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="40"/>
        <source>Membership type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="41"/>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="42"/>
        <source>Membership start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="43"/>
        <source>Membership end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="44"/>
        <source>Contribution amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="45"/>
        <source>Contribution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="46"/>
        <source>Contribution currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="47"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="48"/>
        <source>Identifier (Commons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="57"/>
        <source>Custom field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="68"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="68"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="69"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_table.py" line="96"/>
        <source>Field for the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../../ui/members/view.py" line="36"/>
        <source>&lt;h2&gt;Renewals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="40"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="41"/>
        <source>Show memberships ending within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="43"/>
        <source>Include lapsed members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="47"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="47"/>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="48"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="48"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="49"/>
        <source>Renewal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="58"/>
        <source>Renew selected for one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="60"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/members/view.py" line="66"/>
        <source>Ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/view.py" line="105"/>
        <source>%n members to renew</source>
        <translation>
            <numerusform>%n member to renew</numerusform>
            <numerusform>%n members to renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/members/view.py" line="120"/>
        <source>%n memberships renewed.</source>
        <translation>
            <numerusform>%n membership renewed.</numerusform>
            <numerusform>%n memberships renewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <location filename="../../ui/people/membership.py" line="58"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="58"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="58"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="59"/>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="61"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="62"/>
        <source>Renew one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="63"/>
        <source>Mark lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="64"/>
        <source>Resign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="75"/>
        <location filename="../../ui/people/membership.py" line="103"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="75"/>
        <location filename="../../ui/people/membership.py" line="103"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="75"/>
        <location filename="../../ui/people/membership.py" line="104"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="75"/>
        <location filename="../../ui/people/membership.py" line="104"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="76"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="77"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="79"/>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="81"/>
        <source>Amount, e.g. 25.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="86"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="94"/>
        <source>Period from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="96"/>
        <source>Period to (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="97"/>
        <source>Add contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="103"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="105"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="105"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="148"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="150"/>
        <source>(until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/membership.py" line="159"/>
        <source>Total paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="53"/>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="55"/>
        <source>Are these the same person? Choose the values to keep. Emails, phones, addresses, languages, tags and custom fields of both are kept; memberships, contributions, relationships and documents move to the kept record. Both histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="60"/>
        <source>&lt;b&gt;Record A&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="61"/>
        <source>&lt;b&gt;Record B&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="63"/>
        <location filename="../../ui/duplicates/merge_dialog.py" line="64"/>
        <source>Keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="65"/>
        <source>Keep record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="66"/>
        <source>Keep record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="72"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="72"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="72"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="73"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="73"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="73"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="74"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="74"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="74"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="75"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="100"/>
        <source>Keep both notes, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="106"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="107"/>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates/merge_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="20"/>
        <source>Records already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="21"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="23"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="24"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="26"/>
        <source>What to do with a record that is already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="29"/>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="30"/>
        <source>Keep vCard photos as documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="42"/>
        <source>Recognised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/options_box.py" line="43"/>
        <source>When found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationColumns</name>
    <message>
        <location filename="../../ui/organisations/list_model.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/list_model.py" line="20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/list_model.py" line="21"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/list_model.py" line="22"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/list_model.py" line="23"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/organisations/editor.py" line="17"/>
        <source>People related to this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/editor.py" line="18"/>
        <source>Select an organisation in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/editor.py" line="22"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/editor.py" line="37"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/organisations/form.py" line="23"/>
        <source>e.g. association, union, cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="27"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="34"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="35"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="35"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="42"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="43"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="44"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/form.py" line="46"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../ui/organisations/view.py" line="32"/>
        <source>Search organisations (name, kind, city, email…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/view.py" line="33"/>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/view.py" line="38"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/view.py" line="39"/>
        <source>Add a new organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/organisations/view.py" line="42"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organisations/view.py" line="96"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organisations/view.py" line="121"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="45"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="45"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="45"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="43"/>
        <source>Partners and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="47"/>
        <source>This group&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="52"/>
        <source>Fingerprint of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="58"/>
        <source>Copy the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="60"/>
        <source>This group&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="62"/>
        <source>Give this card to partner groups (by email, on paper…). It holds only public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="64"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="68"/>
        <location filename="../../ui/exchange/partners_dialog.py" line="72"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="71"/>
        <location filename="../../ui/exchange/partners_dialog.py" line="83"/>
        <source>Partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="72"/>
        <location filename="../../ui/exchange/partners_dialog.py" line="105"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="72"/>
        <source>Bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="73"/>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="80"/>
        <source>Forget this partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="89"/>
        <source>Name of the partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="91"/>
        <source>The partner&apos;s identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="92"/>
        <source>Paste the card the partner gave you (it starts with commons-id:1:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="100"/>
        <source>Add this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="103"/>
        <source>Add a partner group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="106"/>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="148"/>
        <source>Card copied: paste it into a message to the partner group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="163"/>
        <source>Card of “%1”, fingerprint &lt;b&gt;%2&lt;/b&gt;. Compare it with the fingerprint the partner reads out to you before adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="178"/>
        <source>Partner “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="187"/>
        <source>Forget a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/partners_dialog.py" line="188"/>
        <source>Forget the partner “%1”? Its bundles will be refused until it is added again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <location filename="../../ui/people/list_model.py" line="29"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/list_model.py" line="30"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/list_model.py" line="31"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/list_model.py" line="32"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/list_model.py" line="33"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/list_model.py" line="34"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people/view.py" line="43"/>
        <source>Search people (name, email, phone, city, tag…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="44"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="50"/>
        <source>Show only people with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="54"/>
        <source>Show only people with this membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="55"/>
        <source>Any membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="60"/>
        <source>Show the people of a saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="63"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="64"/>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="65"/>
        <source>Untag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="66"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="67"/>
        <source>Membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="68"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="69"/>
        <source>Add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="70"/>
        <source>Tag the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="71"/>
        <source>Remove a tag from the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="72"/>
        <source>Delete the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="73"/>
        <source>Change the membership status of the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="74"/>
        <source>Export the selected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="77"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="78"/>
        <location filename="../../ui/people/view.py" line="190"/>
        <source>Save this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="188"/>
        <source>Type a search or choose a tag first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="190"/>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="198"/>
        <source>Search saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="214"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="224"/>
        <source>Saved searches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="261"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="326"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="330"/>
        <source>Deleted. The person can be restored from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="335"/>
        <source>Tag people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="335"/>
        <source>Tag to add to %n people:</source>
        <translation>
            <numerusform>Tag to add to %n person:</numerusform>
            <numerusform>Tag to add to %n people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="337"/>
        <source>Tagging %n people</source>
        <translation>
            <numerusform>Tagging %n person</numerusform>
            <numerusform>Tagging %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="342"/>
        <source>Untag people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="342"/>
        <source>Tag to remove from %n people:</source>
        <translation>
            <numerusform>Tag to remove from %n person:</numerusform>
            <numerusform>Tag to remove from %n people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="345"/>
        <source>Removing a tag from %n people</source>
        <translation>
            <numerusform>Removing a tag from %n person</numerusform>
            <numerusform>Removing a tag from %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="350"/>
        <source>Membership status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="351"/>
        <source>Mark the membership of %n people as:</source>
        <translation>
            <numerusform>Mark the membership of %n person as:</numerusform>
            <numerusform>Mark the membership of %n people as:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="355"/>
        <source>Changing the membership of %n people</source>
        <translation>
            <numerusform>Changing the membership of %n person</numerusform>
            <numerusform>Changing the membership of %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people/view.py" line="365"/>
        <source>Delete people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="366"/>
        <source>Delete %n people? They can be restored from the history.</source>
        <translation>
            <numerusform>Delete %n person? They can be restored from the history.</numerusform>
            <numerusform>Delete %n people? They can be restored from the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="367"/>
        <source>Deleting %n people</source>
        <translation>
            <numerusform>Deleting %n person</numerusform>
            <numerusform>Deleting %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people/view.py" line="382"/>
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
        <location filename="../../ui/people/editor.py" line="21"/>
        <source>Select a person in the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/editor.py" line="24"/>
        <source>Membership and dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/editor.py" line="24"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/editor.py" line="25"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/editor.py" line="40"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/people/form.py" line="45"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="47"/>
        <source>e.g. fr, en, nl-BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="49"/>
        <source>comma-separated, e.g. volunteer, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="56"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="57"/>
        <source>What was agreed (e.g. newsletter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="58"/>
        <source>Given on (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="59"/>
        <source>Until (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="60"/>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="63"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="63"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="64"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="64"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="65"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="65"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="71"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="72"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="73"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="77"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/form.py" line="78"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="78"/>
        <source>Rows shown in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="79"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="79"/>
        <source>Rows with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="80"/>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="80"/>
        <source>Updated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="81"/>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="86"/>
        <source>Preview of the import, row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/preview_table.py" line="119"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/preview_table.py" line="119"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/preview_table.py" line="120"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/preview_table.py" line="120"/>
        <source>%n invalid rows</source>
        <translation>
            <numerusform>%n invalid row</numerusform>
            <numerusform>%n invalid rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="121"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_table.py" line="121"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/progress_panel.py" line="16"/>
        <source>Progress of the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_panel.py" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_panel.py" line="19"/>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_panel.py" line="47"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/errors.py" line="47"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>a person needs a given or a family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52"/>
        <source>not a plausible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>not a language code (e.g. fr, en, nl-BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>must be a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>not a three-letter currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60"/>
        <source>a tag has 1 to 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>ends before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>membership ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>a contribution needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="26"/>
        <source>Who can open the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="28"/>
        <location filename="../../ui/exchange/recipients.py" line="49"/>
        <source>Partner groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="31"/>
        <source>No partner group yet: add one in Exchange → Partners and identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="34"/>
        <location filename="../../ui/exchange/recipients.py" line="52"/>
        <source>Other public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="35"/>
        <source>age1… or ssh-ed25519 … (one key per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="41"/>
        <source>Passphrase for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="42"/>
        <source>optional: tell it to the receiver another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="45"/>
        <location filename="../../ui/exchange/recipients.py" line="54"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="53"/>
        <source>Or a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="89"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/recipients.py" line="91"/>
        <source>Choose a partner group, give a public key or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="59"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="61"/>
        <source>Puts back the values the last saved change replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="69"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="72"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="74"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="75"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="76"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="77"/>
        <source>Undo the unsaved changes (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="78"/>
        <location filename="../../ui/record_editor.py" line="254"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="79"/>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="80"/>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="81"/>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="130"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="180"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="180"/>
        <source>Save the changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="197"/>
        <source>Your unsaved changes were kept while the vault was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="216"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="225"/>
        <source>Save or revert your unsaved changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="236"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="236"/>
        <source>There is no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="247"/>
        <source>Changes undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="252"/>
        <source>Delete %1? This can be undone from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="270"/>
        <source>Copied. The clipboard will be cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <location filename="../../ui/people/relationships.py" line="19"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="20"/>
        <source>Add a relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="21"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="22"/>
        <location filename="../../ui/people/relationships.py" line="62"/>
        <location filename="../../ui/people/relationships.py" line="65"/>
        <location filename="../../ui/people/relationships.py" line="73"/>
        <source>Add a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="23"/>
        <source>Remove the selected relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="62"/>
        <source>Kind of relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="65"/>
        <source>Name of the organisation or person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="70"/>
        <source>Nobody found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="73"/>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="88"/>
        <source>Remove the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people/relationships.py" line="89"/>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="77"/>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/row_list.py" line="78"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="21"/>
        <source>Records to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="23"/>
        <source>Tag, saved search or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/selection_box.py" line="37"/>
        <source>The %n people selected in the list</source>
        <translation>
            <numerusform>The person selected in the list</numerusform>
            <numerusform>The %n people selected in the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="38"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="39"/>
        <source>People and organisations with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="40"/>
        <source>A saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="41"/>
        <source>An export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exchange/selection_box.py" line="67"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="12"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="15"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="16"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="21"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>Lock the vault after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="40"/>
        <source>Commons Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="49"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="68"/>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="70"/>
        <source>Recent vaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="71"/>
        <source>Unlock the selected vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="73"/>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="74"/>
        <source>Open a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="75"/>
        <source>Open the demo collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="76"/>
        <source>Invented people to try the application; passphrase: demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="111"/>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;&lt;p&gt;Choose a vault to unlock.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="114"/>
        <source>&lt;h2&gt;Welcome to Commons Desktop&lt;/h2&gt;&lt;p&gt;Your collective&apos;s members and contacts, encrypted on this computer. Nothing leaves it unless you choose so.&lt;/p&gt;&lt;p&gt;Create a vault for your collective, open a vault file you already have, or look around the demo collective.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="149"/>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/start_dialog.py" line="149"/>
        <source>Commons vaults (*.commons);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsView</name>
    <message>
        <location filename="../../ui/tags/view.py" line="23"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="26"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="28"/>
        <location filename="../../ui/tags/view.py" line="78"/>
        <source>Delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="32"/>
        <source>&lt;h2&gt;Tags&lt;/h2&gt;&lt;p&gt;Open a tag to list the people who carry it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="35"/>
        <source>&lt;h2&gt;Saved searches&lt;/h2&gt;&lt;p&gt;Save one from the People screen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="60"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tags/view.py" line="79"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock/unlock_dialog.py" line="19"/>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_dialog.py" line="22"/>
        <source>The vault was locked. Unsaved changes are kept and come back after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_dialog.py" line="25"/>
        <source>&lt;h2&gt;The vault “%1” is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_dialog.py" line="28"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="36"/>
        <location filename="../../ui/unlock/unlock_panel.py" line="50"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="38"/>
        <source>Remember on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="39"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="40"/>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="42"/>
        <source>Unlock with the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="43"/>
        <source>Unlock with the key remembered in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="70"/>
        <source>&lt;h2&gt;Unlock the vault “%1”&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="86"/>
        <source>Type the passphrase of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock/unlock_panel.py" line="123"/>
        <source>No key is remembered for this vault on this computer: type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
