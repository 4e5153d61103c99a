<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ContactFields</name>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="15" />
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="16" />
            <location filename="../../ui/widgets/contact_fields.py" line="22" />
            <location filename="../../ui/widgets/contact_fields.py" line="28" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="17" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="17" />
            <source>Add email</source>
            <translation>Ajouter un e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="21" />
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="23" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="23" />
            <source>Add phone</source>
            <translation>Ajouter un téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="27" />
            <source>Street and number</source>
            <translation>Rue et numéro</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="29" />
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="30" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="31" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="32" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="32" />
            <source>Add address</source>
            <translation>Ajouter une adresse</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="36" />
            <source>Field name</source>
            <translation>Nom du champ</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="37" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="38" />
            <source>Custom field</source>
            <translation>Champ personnalisé</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/contact_fields.py" line="38" />
            <source>Add custom field</source>
            <translation>Ajouter un champ personnalisé</translation>
        </message>
    </context>
    <context>
        <name>ContributionColumns</name>
        <message>
            <location filename="../../ui/contributions/view.py" line="19" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="20" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="21" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="22" />
            <source>Method</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="23" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="24" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
    </context>
    <context>
        <name>ContributionsView</name>
        <message>
            <location filename="../../ui/contributions/view.py" line="38" />
            <source>Contributions</source>
            <translation>Cotisations et dons</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="47" />
            <source>Open the person</source>
            <translation>Ouvrir la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/contributions/view.py" line="50" />
            <source>&lt;h2&gt;Contributions&lt;/h2&gt;&lt;p&gt;Dues and donations, newest first. Add one from a person's “Membership and dues” tab.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Cotisations et dons&lt;/h2&gt;&lt;p&gt;Les plus récents d’abord. Pour en ajouter, ouvrez l’onglet « Adhésion et cotisations » d’une personne.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>CreatePanel</name>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="41" />
            <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Créer un nouveau coffre&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="43" />
            <location filename="../../ui/unlock/create_panel.py" line="86" />
            <source>Name of the collective</source>
            <translation>Nom du collectif</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="44" />
            <source>e.g. Tenants of the Rue Haute</source>
            <translation>p. ex. Locataires de la rue Haute</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="47" />
            <location filename="../../ui/unlock/create_panel.py" line="87" />
            <source>Vault file</source>
            <translation>Fichier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="50" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="51" />
            <source>Choose where to keep the vault file</source>
            <translation>Choisir où garder le fichier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="55" />
            <location filename="../../ui/unlock/create_panel.py" line="88" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="59" />
            <location filename="../../ui/unlock/create_panel.py" line="91" />
            <source>Passphrase again</source>
            <translation>Phrase de passe (encore)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="65" />
            <source>Passphrase strength</source>
            <translation>Solidité de la phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="68" />
            <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Everything in the vault is encrypted with it: if it is lost, nobody can recover the data — not the developers, not your hoster. Write it down and keep it somewhere safe, or use a password manager.</source>
            <translation>&lt;b&gt;Gardez cette phrase de passe en lieu sûr.&lt;/b&gt; Tout le contenu du coffre est chiffré avec elle : si elle est perdue, personne ne pourra récupérer les données — ni les développeurs, ni votre hébergeur. Notez-la et rangez-la en lieu sûr, ou utilisez un gestionnaire de mots de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="73" />
            <source>Remember on this computer (in the system keyring)</source>
            <translation>Se souvenir sur cet ordinateur (dans le trousseau du système)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="78" />
            <source>Create the vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="80" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="89" />
            <source>Strength</source>
            <translation>Solidité</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="113" />
            <source>Where to keep the vault</source>
            <translation>Où garder le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="114" />
            <source>Commons vaults (*.commons)</source>
            <translation>Coffres Commons (*.commons)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="123" />
            <source>Too weak</source>
            <translation>Trop faible</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="123" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="123" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="123" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="123" />
            <source>Strong</source>
            <translation>Solide</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="125" />
            <source>Use several words, or 12 characters or more.</source>
            <translation>Utilisez plusieurs mots, ou au moins 12 caractères.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="135" />
            <source>Give the collective a name.</source>
            <translation>Donnez un nom au collectif.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="139" />
            <source>This passphrase is too weak: use at least 8 characters, better several words.</source>
            <translation>Cette phrase de passe est trop faible : au moins 8 caractères, plusieurs mots c’est mieux.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/create_panel.py" line="143" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <location filename="../../ui/desktop.py" line="73" />
            <source>Demo collective</source>
            <translation>Collectif de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/desktop.py" line="91" />
            <source>Creating the demo collective (%1 people)…</source>
            <translation>Création du collectif de démonstration (%1 personnes)…</translation>
        </message>
    </context>
    <context>
        <name>DocumentColumns</name>
        <message>
            <location filename="../../ui/documents/view.py" line="37" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="38" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="39" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="40" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../ui/documents/preview.py" line="25" />
            <source>Image preview</source>
            <translation>Aperçu de l’image</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" line="31" />
            <source>Text preview</source>
            <translation>Aperçu du texte</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" line="42" />
            <source>Select a document to see it here.</source>
            <translation>Sélectionnez un document pour le voir ici.</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" line="58" />
            <source>No preview for this kind of file (%1). Use “Save a copy as…” to open it elsewhere.</source>
            <translation>Pas d’aperçu pour ce type de fichier (%1). Utilisez « Enregistrer une copie sous… » pour l’ouvrir ailleurs.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsView</name>
        <message>
            <location filename="../../ui/documents/view.py" line="62" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="72" />
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="73" />
            <location filename="../../ui/documents/view.py" line="199" />
            <location filename="../../ui/documents/view.py" line="207" />
            <source>Link to…</source>
            <translation>Lier à…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="74" />
            <source>Save a copy as…</source>
            <translation>Enregistrer une copie sous…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="75" />
            <source>Open in another application…</source>
            <translation>Ouvrir dans une autre application…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="77" />
            <source>Open the document in another application</source>
            <translation>Ouvrir le document dans une autre application</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="83" />
            <source>Add files to the vault</source>
            <translation>Ajouter des fichiers au coffre</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="84" />
            <source>Link the document to a person or organisation</source>
            <translation>Lier le document à une personne ou une organisation</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="85" />
            <source>Save a copy of the document as a file</source>
            <translation>Enregistrer une copie du document dans un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="87" />
            <source>Drop files here to add them. Documents are encrypted inside the vault.</source>
            <translation>Déposez des fichiers ici pour les ajouter. Les documents sont chiffrés dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="165" />
            <source>Linked to: %1</source>
            <translation>Lié à : %1</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="166" />
            <source>Not linked to anyone yet.</source>
            <translation>Lié à personne pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="180" />
            <source>Add files</source>
            <translation>Ajouter des fichiers</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="180" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/documents/view.py" line="193" />
            <source>%n documents added.</source>
            <translation>
                <numerusform>%n document ajouté.</numerusform>
                <numerusform>%n documents ajoutés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="199" />
            <source>Name of the person or organisation:</source>
            <translation>Nom de la personne ou de l’organisation :</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="204" />
            <source>Nobody found for “%1”.</source>
            <translation>Personne trouvé pour « %1 ».</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="207" />
            <source>Link the document to:</source>
            <translation>Lier le document à :</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="216" />
            <source>Save a copy as</source>
            <translation>Enregistrer une copie sous</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="223" />
            <source>Saved a copy to %1.</source>
            <translation>Copie enregistrée dans %1.</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="229" />
            <source>Opening “%1” in another application writes a decrypted copy to a private folder of this computer. The copy is wiped when the vault locks or Commons Desktop quits, but the other application may keep its own copy. Open it?</source>
            <translation>Ouvrir « %1 » dans une autre application écrit une copie déchiffrée dans un dossier privé de cet ordinateur. La copie est effacée quand le coffre se verrouille ou quand Commons Desktop se ferme, mais l’autre application peut garder sa propre copie. L’ouvrir ?</translation>
        </message>
        <message>
            <location filename="../../ui/documents/view.py" line="232" />
            <source>Open in another application</source>
            <translation>Ouvrir dans une autre application</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <location filename="../../ui/duplicates/view.py" line="22" />
            <source>Same email</source>
            <translation>Même e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="23" />
            <source>Same phone</source>
            <translation>Même téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="24" />
            <source>Same name</source>
            <translation>Même nom</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="35" />
            <source>&lt;h2&gt;Possible duplicates&lt;/h2&gt;&lt;p&gt;People who share an email, a phone number or the same name (ignoring case and accents).&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Doublons possibles&lt;/h2&gt;&lt;p&gt;Personnes qui partagent un e-mail, un numéro de téléphone ou le même nom (sans tenir compte des majuscules ni des accents).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="39" />
            <source>Record A</source>
            <translation>Fiche A</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="39" />
            <source>Record B</source>
            <translation>Fiche B</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="39" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="40" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="50" />
            <source>Compare and merge…</source>
            <translation>Comparer et fusionner…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="51" />
            <source>Not the same person</source>
            <translation>Pas la même personne</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="52" />
            <source>Look again</source>
            <translation>Chercher à nouveau</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/duplicates/view.py" line="92" />
            <source>%n possible duplicates</source>
            <translation>
                <numerusform>%n doublon possible</numerusform>
                <numerusform>%n doublons possibles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/view.py" line="115" />
            <source>Merged: %1 memberships, %2 contributions, %3 documents moved.</source>
            <translation>Fusionné : %1 adhésions, %2 cotisations et %3 documents déplacés.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="101" />
            <source>Wrong passphrase. Check it (and the keyboard layout) and try again.</source>
            <translation>Phrase de passe incorrecte. Vérifiez-la (et la disposition du clavier) puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="103" />
            <source>The keyring of this computer is locked: unlock it, or type the passphrase.</source>
            <translation>Le trousseau de cet ordinateur est verrouillé : déverrouillez-le, ou tapez la phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="105" />
            <source>No secure keyring is available on this computer: type the passphrase.</source>
            <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : tapez la phrase de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="107" />
            <source>There is no vault at %1.</source>
            <translation>Il n’y a pas de coffre à %1.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="109" />
            <source>A file already exists at %1.</source>
            <translation>Un fichier existe déjà à %1.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="111" />
            <source>The vault is in use by another program. Close it there and try again.</source>
            <translation>Le coffre est utilisé par un autre programme. Fermez-le là-bas et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="113" />
            <source>This vault was written by a newer version of Commons Desktop. Please update.</source>
            <translation>Ce coffre a été écrit par une version plus récente de Commons Desktop. Mettez l’application à jour.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="115" />
            <source>The vault is damaged. Restore it from a backup.</source>
            <translation>Le coffre est endommagé. Restaurez-le depuis une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="119" />
            <source>The file is too large for this vault (limit: %1 MB).</source>
            <translation>Le fichier est trop gros pour ce coffre (limite : %1 Mo).</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="122" />
            <source>Cancelled: nothing was changed.</source>
            <translation>Annulé : rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="124" />
            <source>This record no longer exists.</source>
            <translation>Cette fiche n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="126" />
            <source>This conflicts with an existing record.</source>
            <translation>Cela entre en conflit avec une fiche existante.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="128" />
            <source>The file could not be read or written (%1).</source>
            <translation>Le fichier n’a pas pu être lu ou écrit (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="129" />
            <source>Something went wrong (%1).</source>
            <translation>Quelque chose s’est mal passé (%1).</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../ui/errors.py" line="12" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="13" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="14" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="15" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="16" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="17" />
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="18" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="20" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="21" />
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="22" />
            <source>Consent until</source>
            <translation>Consentement jusqu’au</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="23" />
            <source>Custom field name</source>
            <translation>Nom du champ personnalisé</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="24" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="25" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="26" />
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="27" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="28" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="29" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="30" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="31" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="32" />
            <source>Period start</source>
            <translation>Début de la période</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="33" />
            <source>Period end</source>
            <translation>Fin de la période</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="34" />
            <source>Membership type</source>
            <translation>Type d’adhésion</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="35" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="36" />
            <source>Method</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="37" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="38" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="39" />
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="41" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="42" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="43" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <location filename="../../ui/history_table.py" line="18" />
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="18" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="18" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="20" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="21" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="23" />
            <source>Change history</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="52" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="59" />
            <source>(details erased)</source>
            <translation>(détails effacés)</translation>
        </message>
        <message>
            <location filename="../../ui/history_table.py" line="67" />
            <source>merged %1</source>
            <translation>fusionné %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="../../ui/history/view.py" line="17" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../ui/history/view.py" line="20" />
            <source>&lt;h2&gt;History&lt;/h2&gt;&lt;p&gt;The latest %1 changes, newest first.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Historique&lt;/h2&gt;&lt;p&gt;Les %1 dernières modifications, les plus récentes d’abord.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="8" />
            <source>home</source>
            <translation>domicile</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="9" />
            <source>work</source>
            <translation>travail</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="10" />
            <source>mobile</source>
            <translation>mobile</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="11" />
            <location filename="../../ui/labels.py" line="27" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="14" />
            <source>not a member</source>
            <translation>non membre</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="16" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="17" />
            <source>lapsed</source>
            <translation>échu</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="18" />
            <source>resigned</source>
            <translation>démissionnaire</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="19" />
            <source>honorary</source>
            <translation>honoraire</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="22" />
            <source>bank transfer</source>
            <translation>virement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="23" />
            <source>cash</source>
            <translation>espèces</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="24" />
            <source>card</source>
            <translation>carte</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="25" />
            <source>cheque</source>
            <translation>chèque</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="26" />
            <source>direct debit</source>
            <translation>domiciliation</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="30" />
            <source>dues</source>
            <translation>cotisation</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>donation</source>
            <translation>don</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="34" />
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="35" />
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="36" />
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="37" />
            <source>restored</source>
            <translation>restauration</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="38" />
            <source>erased</source>
            <translation>effacement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>tagged</source>
            <translation>étiquette ajoutée</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="40" />
            <source>untagged</source>
            <translation>étiquette retirée</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="41" />
            <source>linked</source>
            <translation>lien ajouté</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="42" />
            <source>unlinked</source>
            <translation>lien retiré</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="43" />
            <source>new version</source>
            <translation>nouvelle version</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="44" />
            <source>merged</source>
            <translation>fusion</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="47" />
            <location filename="../../ui/labels.py" line="88" />
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>relationship</source>
            <translation>relation</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>membership</source>
            <translation>adhésion</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>contribution</source>
            <translation>cotisation</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="53" />
            <source>saved search</source>
            <translation>recherche enregistrée</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>tag</source>
            <translation>étiquette</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>given name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="67" />
            <source>family name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="68" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="69" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="70" />
            <source>website</source>
            <translation>site web</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="71" />
            <source>emails</source>
            <translation>e-mails</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="72" />
            <source>phones</source>
            <translation>téléphones</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="73" />
            <source>addresses</source>
            <translation>adresses</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="74" />
            <source>birth date</source>
            <translation>date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="75" />
            <source>languages</source>
            <translation>langues</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="76" />
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="77" />
            <source>consents</source>
            <translation>consentements</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="78" />
            <source>custom fields</source>
            <translation>champs personnalisés</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>type</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="82" />
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="83" />
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="84" />
            <source>currency</source>
            <translation>devise</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="85" />
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="86" />
            <source>method</source>
            <translation>moyen de paiement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="87" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="92" />
            <source>member</source>
            <translation>membre</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="93" />
            <source>works there</source>
            <translation>y travaille</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="94" />
            <source>contact person</source>
            <translation>personne de contact</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="95" />
            <source>household</source>
            <translation>même foyer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="34" />
            <source>Commons Desktop</source>
            <translation>Commons Desktop</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="38" />
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="85" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="86" />
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="87" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="88" />
            <source>Contributions</source>
            <translation>Cotisations et dons</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="90" />
            <source>Tags and saved searches</source>
            <translation>Étiquettes et recherches</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="91" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="95" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="98" />
            <source>Lock the vault</source>
            <translation>Verrouiller le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="101" />
            <source>Settings…</source>
            <translation>Préférences…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="104" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="107" />
            <source>&amp;Vault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="112" />
            <source>&amp;Go</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Commons Desktop — locked</source>
            <translation>Commons Desktop — verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>%1 — Commons Desktop</source>
            <translation>%1 — Commons Desktop</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="144" />
            <source>%1: %n people</source>
            <translation>
                <numerusform>%1 : %n personne</numerusform>
                <numerusform>%1 : %n personnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MembersView</name>
        <message>
            <location filename="../../ui/members/view.py" line="36" />
            <source>&lt;h2&gt;Renewals&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Renouvellements&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="40" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="41" />
            <source>Show memberships ending within this many days</source>
            <translation>Afficher les adhésions qui se terminent dans ce nombre de jours</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="43" />
            <source>Include lapsed members</source>
            <translation>Inclure les membres échus</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="47" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="47" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="47" />
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="48" />
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="48" />
            <source>Days left</source>
            <translation>Jours restants</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="49" />
            <source>Renewal list</source>
            <translation>Liste des renouvellements</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="58" />
            <source>Renew selected for one year</source>
            <translation>Renouveler la sélection pour un an</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="60" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../ui/members/view.py" line="66" />
            <source>Ending within</source>
            <translation>Se terminant dans</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/view.py" line="105" />
            <source>%n members to renew</source>
            <translation>
                <numerusform>%n membre à renouveler</numerusform>
                <numerusform>%n membres à renouveler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/view.py" line="120" />
            <source>%n memberships renewed.</source>
            <translation>
                <numerusform>%n adhésion renouvelée.</numerusform>
                <numerusform>%n adhésions renouvelées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MembershipPanel</name>
        <message>
            <location filename="../../ui/people/membership.py" line="58" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="58" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="58" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="58" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="59" />
            <source>Memberships</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="61" />
            <source>Join</source>
            <translation>Adhérer</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="62" />
            <source>Renew one year</source>
            <translation>Renouveler un an</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="63" />
            <source>Mark lapsed</source>
            <translation>Marquer échu</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="64" />
            <source>Resign</source>
            <translation>Démissionner</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="75" />
            <location filename="../../ui/people/membership.py" line="103" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="75" />
            <location filename="../../ui/people/membership.py" line="103" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="75" />
            <location filename="../../ui/people/membership.py" line="104" />
            <source>Method</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="75" />
            <location filename="../../ui/people/membership.py" line="104" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="76" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="77" />
            <source>Contributions</source>
            <translation>Cotisations et dons</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="79" />
            <source>New contribution</source>
            <translation>Nouvelle cotisation</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="81" />
            <source>Amount, e.g. 25.00</source>
            <translation>Montant, p. ex. 25,00</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="86" />
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="94" />
            <source>Period from (YYYY-MM-DD)</source>
            <translation>Période du (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="96" />
            <source>Period to (YYYY-MM-DD)</source>
            <translation>au (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="97" />
            <source>Add contribution</source>
            <translation>Ajouter la cotisation</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="103" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="105" />
            <source>Period from</source>
            <translation>Période du</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="105" />
            <source>Period to</source>
            <translation>Période au</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="148" />
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="150" />
            <source>(until %1)</source>
            <translation>(jusqu’au %1)</translation>
        </message>
        <message>
            <location filename="../../ui/people/membership.py" line="159" />
            <source>Total paid: %1</source>
            <translation>Total payé : %1</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="53" />
            <source>Merge two records</source>
            <translation>Fusionner deux fiches</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="55" />
            <source>Are these the same person? Choose the values to keep. Emails, phones, addresses, languages, tags and custom fields of both are kept; memberships, contributions, relationships and documents move to the kept record. Both histories are kept.</source>
            <translation>S’agit-il de la même personne ? Choisissez les valeurs à garder. Les e-mails, téléphones, adresses, langues, étiquettes et champs personnalisés des deux fiches sont conservés ; les adhésions, cotisations, relations et documents passent sur la fiche gardée. Les deux historiques sont conservés.</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="60" />
            <source>&lt;b&gt;Record A&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fiche A&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="61" />
            <source>&lt;b&gt;Record B&lt;/b&gt;</source>
            <translation>&lt;b&gt;Fiche B&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="63" />
            <location filename="../../ui/duplicates/merge_dialog.py" line="64" />
            <source>Keep this record</source>
            <translation>Garder cette fiche</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="65" />
            <source>Keep record A</source>
            <translation>Garder la fiche A</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="66" />
            <source>Keep record B</source>
            <translation>Garder la fiche B</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="72" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="72" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="72" />
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="73" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="73" />
            <source>Emails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="73" />
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="74" />
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="74" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="74" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="75" />
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="100" />
            <source>Keep both notes, one after the other</source>
            <translation>Garder les deux notes, l’une après l’autre</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="106" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="107" />
            <source>Merge the two records</source>
            <translation>Fusionner les deux fiches</translation>
        </message>
        <message>
            <location filename="../../ui/duplicates/merge_dialog.py" line="109" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>OrganisationColumns</name>
        <message>
            <location filename="../../ui/organisations/list_model.py" line="19" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/list_model.py" line="20" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/list_model.py" line="21" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/list_model.py" line="22" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/list_model.py" line="23" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
    </context>
    <context>
        <name>OrganisationEditor</name>
        <message>
            <location filename="../../ui/organisations/editor.py" line="17" />
            <source>People related to this organisation</source>
            <translation>Personnes liées à cette organisation</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/editor.py" line="18" />
            <source>Select an organisation in the list, or add a new one.</source>
            <translation>Sélectionnez une organisation dans la liste, ou ajoutez-en une.</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/editor.py" line="22" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/editor.py" line="37" />
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <location filename="../../ui/organisations/form.py" line="23" />
            <source>e.g. association, union, cooperative</source>
            <translation>p. ex. association, syndicat, coopérative</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="27" />
            <source>comma-separated</source>
            <translation>séparées par des virgules</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="34" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="34" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="34" />
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="35" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="35" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="42" />
            <source>Emails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="43" />
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="44" />
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/form.py" line="46" />
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsView</name>
        <message>
            <location filename="../../ui/organisations/view.py" line="32" />
            <source>Search organisations (name, kind, city, email…)</source>
            <translation>Rechercher des organisations (nom, type, ville, e-mail…)</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/view.py" line="33" />
            <source>Search organisations</source>
            <translation>Rechercher des organisations</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/view.py" line="38" />
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/view.py" line="39" />
            <source>Add a new organisation</source>
            <translation>Ajouter une organisation</translation>
        </message>
        <message>
            <location filename="../../ui/organisations/view.py" line="42" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/organisations/view.py" line="96" />
            <source>%n organisations</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/organisations/view.py" line="121" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>PeopleColumns</name>
        <message>
            <location filename="../../ui/people/list_model.py" line="26" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/people/list_model.py" line="27" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/people/list_model.py" line="28" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/people/list_model.py" line="29" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/people/list_model.py" line="30" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../ui/people/list_model.py" line="31" />
            <source>Updated</source>
            <translation>Modifié le</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <location filename="../../ui/people/view.py" line="42" />
            <source>Search people (name, email, phone, city, tag…)</source>
            <translation>Rechercher des personnes (nom, e-mail, téléphone, ville, étiquette…)</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="43" />
            <source>Search people</source>
            <translation>Rechercher des personnes</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="49" />
            <source>Show only people with this tag</source>
            <translation>N’afficher que les personnes avec cette étiquette</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="52" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="53" />
            <source>Tag…</source>
            <translation>Étiqueter…</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="54" />
            <source>Untag…</source>
            <translation>Retirer une étiquette…</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="55" />
            <source>Delete selected</source>
            <translation>Supprimer la sélection</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="56" />
            <source>Membership…</source>
            <translation>Adhésion…</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="57" />
            <source>Add a new person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="58" />
            <source>Tag the selected people</source>
            <translation>Étiqueter les personnes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="59" />
            <source>Remove a tag from the selected people</source>
            <translation>Retirer une étiquette des personnes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="60" />
            <source>Delete the selected people</source>
            <translation>Supprimer les personnes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="61" />
            <source>Change the membership status of the selected people</source>
            <translation>Changer le statut d’adhésion des personnes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="64" />
            <source>Save search…</source>
            <translation>Enregistrer la recherche…</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="65" />
            <location filename="../../ui/people/view.py" line="164" />
            <source>Save this search</source>
            <translation>Enregistrer cette recherche</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="73" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="162" />
            <source>Type a search or choose a tag first.</source>
            <translation>Tapez d’abord une recherche ou choisissez une étiquette.</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="164" />
            <source>Name of the saved search:</source>
            <translation>Nom de la recherche enregistrée :</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="171" />
            <source>Search saved.</source>
            <translation>Recherche enregistrée.</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="187" />
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="200" />
            <source>%n people</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="263" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="267" />
            <source>Deleted. The person can be restored from the history.</source>
            <translation>Supprimé. La personne peut être restaurée depuis l’historique.</translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="272" />
            <source>Tag people</source>
            <translation>Étiqueter des personnes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="272" />
            <source>Tag to add to %n people:</source>
            <translation>
                <numerusform>Étiquette à ajouter à %n personne :</numerusform>
                <numerusform>Étiquette à ajouter à %n personnes :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="274" />
            <source>Tagging %n people</source>
            <translation>
                <numerusform>Étiquetage de %n personne</numerusform>
                <numerusform>Étiquetage de %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="279" />
            <source>Untag people</source>
            <translation>Retirer une étiquette</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="279" />
            <source>Tag to remove from %n people:</source>
            <translation>
                <numerusform>Étiquette à retirer de %n personne :</numerusform>
                <numerusform>Étiquette à retirer de %n personnes :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="282" />
            <source>Removing a tag from %n people</source>
            <translation>
                <numerusform>Retrait d’une étiquette sur %n personne</numerusform>
                <numerusform>Retrait d’une étiquette sur %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="287" />
            <source>Membership status</source>
            <translation>Statut d’adhésion</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="288" />
            <source>Mark the membership of %n people as:</source>
            <translation>
                <numerusform>Marquer l’adhésion de %n personne comme :</numerusform>
                <numerusform>Marquer l’adhésion de %n personnes comme :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="292" />
            <source>Changing the membership of %n people</source>
            <translation>
                <numerusform>Changement de l’adhésion de %n personne</numerusform>
                <numerusform>Changement de l’adhésion de %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/people/view.py" line="296" />
            <source>Delete people</source>
            <translation>Supprimer des personnes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="297" />
            <source>Delete %n people? They can be restored from the history.</source>
            <translation>
                <numerusform>Supprimer %n personne ? Elle pourra être restaurée depuis l’historique.</numerusform>
                <numerusform>Supprimer %n personnes ? Elles pourront être restaurées depuis l’historique.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="298" />
            <source>Deleting %n people</source>
            <translation>
                <numerusform>Suppression de %n personne</numerusform>
                <numerusform>Suppression de %n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/people/view.py" line="313" />
            <source>Done: %n records changed.</source>
            <translation>
                <numerusform>Terminé : %n fiche modifiée.</numerusform>
                <numerusform>Terminé : %n fiches modifiées.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <location filename="../../ui/people/editor.py" line="19" />
            <source>Select a person in the list, or add a new one.</source>
            <translation>Sélectionnez une personne dans la liste, ou ajoutez-en une.</translation>
        </message>
        <message>
            <location filename="../../ui/people/editor.py" line="22" />
            <source>Membership and dues</source>
            <translation>Adhésion et cotisations</translation>
        </message>
        <message>
            <location filename="../../ui/people/editor.py" line="22" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/people/editor.py" line="37" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../ui/people/form.py" line="45" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="47" />
            <source>e.g. fr, en, nl-BE</source>
            <translation>p. ex. fr, en, nl-BE</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="49" />
            <source>comma-separated, e.g. volunteer, newsletter</source>
            <translation>séparées par des virgules, p. ex. bénévole, newsletter</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="56" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="57" />
            <source>What was agreed (e.g. newsletter)</source>
            <translation>Objet de l’accord (p. ex. newsletter)</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="58" />
            <source>Given on (YYYY-MM-DD)</source>
            <translation>Donné le (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="59" />
            <source>Until (YYYY-MM-DD)</source>
            <translation>Jusqu’au (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="60" />
            <source>Add consent</source>
            <translation>Ajouter un consentement</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="63" />
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="63" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="64" />
            <source>Birth date</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="64" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="65" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="65" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="71" />
            <source>Emails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="72" />
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="73" />
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="77" />
            <source>Consents</source>
            <translation>Consentements</translation>
        </message>
        <message>
            <location filename="../../ui/people/form.py" line="78" />
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../ui/progress_panel.py" line="16" />
            <source>Progress of the running task</source>
            <translation>Avancement de la tâche en cours</translation>
        </message>
        <message>
            <location filename="../../ui/progress_panel.py" line="18" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/progress_panel.py" line="19" />
            <source>Cancel the running task</source>
            <translation>Annuler la tâche en cours</translation>
        </message>
        <message>
            <location filename="../../ui/progress_panel.py" line="47" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <location filename="../../ui/errors.py" line="47" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="48" />
            <source>not an email address</source>
            <translation>n’est pas une adresse e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="49" />
            <source>not a phone number</source>
            <translation>n’est pas un numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="50" />
            <source>not a date (expected YYYY-MM-DD)</source>
            <translation>n’est pas une date (format attendu AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="51" />
            <source>a person needs a given or a family name</source>
            <translation>une personne a besoin d’un prénom ou d’un nom de famille</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="52" />
            <source>not a plausible birth date</source>
            <translation>n’est pas une date de naissance plausible</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="53" />
            <source>not a language code (e.g. fr, en, nl-BE)</source>
            <translation>n’est pas un code de langue (p. ex. fr, en, nl-BE)</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="55" />
            <source>not a web address</source>
            <translation>n’est pas une adresse web</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="56" />
            <source>not an amount</source>
            <translation>n’est pas un montant</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="57" />
            <source>must be a positive amount</source>
            <translation>doit être un montant positif</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="58" />
            <source>at most two decimals</source>
            <translation>deux décimales au plus</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="59" />
            <source>not a three-letter currency code</source>
            <translation>n’est pas un code de devise à trois lettres</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="60" />
            <source>a tag has 1 to 80 characters</source>
            <translation>une étiquette a de 1 à 80 caractères</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="61" />
            <source>ends before it was given</source>
            <translation>se termine avant d’avoir été donné</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="62" />
            <source>membership ends before it starts</source>
            <translation>l’adhésion se termine avant de commencer</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="63" />
            <source>period ends before it starts</source>
            <translation>la période se termine avant de commencer</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="64" />
            <source>a contribution needs a date</source>
            <translation>une cotisation a besoin d’une date</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="92" />
            <source>longer than %1 characters</source>
            <translation>plus de %1 caractères</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="94" />
            <source>must be one of %1</source>
            <translation>doit être l’une des valeurs : %1</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../ui/record_editor.py" line="58" />
            <source>Undo the last change</source>
            <translation>Annuler la dernière modification</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="60" />
            <source>Puts back the values the last saved change replaced</source>
            <translation>Remet les valeurs que la dernière modification enregistrée a remplacées</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="68" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="71" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="73" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="74" />
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="75" />
            <source>Revert</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="76" />
            <source>Undo the unsaved changes (Esc)</source>
            <translation>Abandonner les modifications non enregistrées (Échap)</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="77" />
            <location filename="../../ui/record_editor.py" line="250" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="78" />
            <source>Copy email</source>
            <translation>Copier l’e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="79" />
            <source>The clipboard is cleared after 30 seconds</source>
            <translation>Le presse-papiers est vidé après 30 secondes</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="80" />
            <source>Copy phone</source>
            <translation>Copier le téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="126" />
            <source>New record</source>
            <translation>Nouvelle fiche</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="176" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="176" />
            <source>Save the changes first?</source>
            <translation>Enregistrer d’abord les modifications ?</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="193" />
            <source>Your unsaved changes were kept while the vault was locked.</source>
            <translation>Vos modifications non enregistrées ont été gardées pendant le verrouillage.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="212" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="221" />
            <source>Save or revert your unsaved changes first.</source>
            <translation>Enregistrez ou abandonnez d’abord vos modifications.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="232" />
            <source>Undone.</source>
            <translation>Modification annulée.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="232" />
            <source>There is no change to undo.</source>
            <translation>Il n’y a aucune modification à annuler.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="243" />
            <source>Changes undone.</source>
            <translation>Modifications annulées.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="248" />
            <source>Delete %1? This can be undone from the history.</source>
            <translation>Supprimer %1 ? Cela peut être annulé depuis l’historique.</translation>
        </message>
        <message>
            <location filename="../../ui/record_editor.py" line="266" />
            <source>Copied. The clipboard will be cleared in 30 seconds.</source>
            <translation>Copié. Le presse-papiers sera vidé dans 30 secondes.</translation>
        </message>
    </context>
    <context>
        <name>RelationshipsPanel</name>
        <message>
            <location filename="../../ui/people/relationships.py" line="19" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="20" />
            <source>Add a relationship…</source>
            <translation>Ajouter une relation…</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="21" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="22" />
            <location filename="../../ui/people/relationships.py" line="62" />
            <location filename="../../ui/people/relationships.py" line="65" />
            <location filename="../../ui/people/relationships.py" line="73" />
            <source>Add a relationship</source>
            <translation>Ajouter une relation</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="23" />
            <source>Remove the selected relationship</source>
            <translation>Retirer la relation sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="62" />
            <source>Kind of relationship:</source>
            <translation>Type de relation :</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="65" />
            <source>Name of the organisation or person:</source>
            <translation>Nom de l’organisation ou de la personne :</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="70" />
            <source>Nobody found for “%1”.</source>
            <translation>Personne trouvé pour « %1 ».</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="73" />
            <source>With:</source>
            <translation>Avec :</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="88" />
            <source>Remove the relationship</source>
            <translation>Retirer la relation</translation>
        </message>
        <message>
            <location filename="../../ui/people/relationships.py" line="89" />
            <source>Remove “%1”?</source>
            <translation>Retirer « %1 » ?</translation>
        </message>
    </context>
    <context>
        <name>RowList</name>
        <message>
            <location filename="../../ui/widgets/row_list.py" line="77" />
            <source>Remove %1 %2</source>
            <translation>Retirer %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/row_list.py" line="78" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="12" />
            <source>Settings</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="15" />
            <source>Interface language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="16" />
            <source>As the system</source>
            <translation>Celle du système</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="21" />
            <source>Lock after this many idle minutes</source>
            <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="23" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="29" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="30" />
            <source>Lock the vault after</source>
            <translation>Verrouiller le coffre après</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="40" />
            <source>Commons Desktop</source>
            <translation>Commons Desktop</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="49" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="68" />
            <source>Recent vaults</source>
            <translation>Coffres récents</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="70" />
            <source>Recent vaults:</source>
            <translation>Coffres récents :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="71" />
            <source>Unlock the selected vault</source>
            <translation>Déverrouiller le coffre sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="73" />
            <source>Create a new vault…</source>
            <translation>Créer un nouveau coffre…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="74" />
            <source>Open a vault file…</source>
            <translation>Ouvrir un fichier de coffre…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="75" />
            <source>Open the demo collective</source>
            <translation>Ouvrir le collectif de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="76" />
            <source>Invented people to try the application; passphrase: demo</source>
            <translation>Des personnes inventées pour essayer l’application ; phrase de passe : demo</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="111" />
            <source>&lt;h2&gt;Welcome back&lt;/h2&gt;&lt;p&gt;Choose a vault to unlock.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Bon retour&lt;/h2&gt;&lt;p&gt;Choisissez un coffre à déverrouiller.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="114" />
            <source>&lt;h2&gt;Welcome to Commons Desktop&lt;/h2&gt;&lt;p&gt;Your collective's members and contacts, encrypted on this computer. Nothing leaves it unless you choose so.&lt;/p&gt;&lt;p&gt;Create a vault for your collective, open a vault file you already have, or look around the demo collective.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Bienvenue dans Commons Desktop&lt;/h2&gt;&lt;p&gt;Les membres et contacts de votre collectif, chiffrés sur cet ordinateur. Rien n’en sort sans votre choix.&lt;/p&gt;&lt;p&gt;Créez un coffre pour votre collectif, ouvrez un fichier de coffre que vous avez déjà, ou découvrez le collectif de démonstration.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="149" />
            <source>Open a vault file</source>
            <translation>Ouvrir un fichier de coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/start_dialog.py" line="149" />
            <source>Commons vaults (*.commons);;All files (*)</source>
            <translation>Coffres Commons (*.commons);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>TagsView</name>
        <message>
            <location filename="../../ui/tags/view.py" line="23" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="26" />
            <source>Saved searches</source>
            <translation>Recherches enregistrées</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="28" />
            <location filename="../../ui/tags/view.py" line="78" />
            <source>Delete the saved search</source>
            <translation>Supprimer la recherche enregistrée</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="32" />
            <source>&lt;h2&gt;Tags&lt;/h2&gt;&lt;p&gt;Open a tag to list the people who carry it.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Étiquettes&lt;/h2&gt;&lt;p&gt;Ouvrez une étiquette pour lister les personnes qui la portent.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="35" />
            <source>&lt;h2&gt;Saved searches&lt;/h2&gt;&lt;p&gt;Save one from the People screen.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Recherches enregistrées&lt;/h2&gt;&lt;p&gt;Enregistrez-en une depuis l’écran Personnes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="60" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/tags/view.py" line="79" />
            <source>Delete “%1”?</source>
            <translation>Supprimer « %1 » ?</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/unlock/unlock_dialog.py" line="19" />
            <source>Vault locked</source>
            <translation>Coffre verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_dialog.py" line="22" />
            <source>The vault was locked. Unsaved changes are kept and come back after unlocking.</source>
            <translation>Le coffre a été verrouillé. Les modifications non enregistrées sont gardées et reviendront après le déverrouillage.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_dialog.py" line="25" />
            <source>&lt;h2&gt;The vault “%1” is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Le coffre « %1 » est verrouillé&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_dialog.py" line="28" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
    </context>
    <context>
        <name>UnlockPanel</name>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="36" />
            <location filename="../../ui/unlock/unlock_panel.py" line="50" />
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="38" />
            <source>Remember on this computer (in the system keyring)</source>
            <translation>Se souvenir sur cet ordinateur (dans le trousseau du système)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="39" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="40" />
            <source>Unlock the vault</source>
            <translation>Déverrouiller le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="42" />
            <source>Unlock with the keyring</source>
            <translation>Déverrouiller avec le trousseau</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="43" />
            <source>Unlock with the key remembered in the system keyring</source>
            <translation>Déverrouiller avec la clé gardée dans le trousseau du système</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="67" />
            <source>&lt;h2&gt;Unlock the vault “%1”&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Déverrouiller le coffre « %1 »&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="83" />
            <source>Type the passphrase of this vault.</source>
            <translation>Tapez la phrase de passe de ce coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock/unlock_panel.py" line="120" />
            <source>No key is remembered for this vault on this computer: type the passphrase.</source>
            <translation>Aucune clé n’est gardée pour ce coffre sur cet ordinateur : tapez la phrase de passe.</translation>
        </message>
    </context>
</TS>