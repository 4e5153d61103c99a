<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The encrypted member register and address book of a collective: everything stays encrypted on your computers, and only what you choose is shared.</source>
        <translation>Le registre des membres et le carnet d’adresses chiffrés d’un collectif : tout reste chiffré sur vos ordinateurs, et seul ce que vous choisissez est partagé.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault: it opens with the vault&apos;s passphrase. Keep backups on another disk or a USB stick, so that they survive the loss or theft of this computer.</source>
        <translation>Une sauvegarde est une copie chiffrée du coffre : elle s’ouvre avec la phrase de passe du coffre. Gardez les sauvegardes sur un autre disque ou une clé USB, pour qu’elles survivent à la perte ou au vol de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups kept in this folder</source>
        <translation>Sauvegardes gardées dans ce dossier</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than</source>
        <translation>Me le rappeler quand la dernière sauvegarde a plus de</translation>
    </message>
    <message>
        <source>Last backup: %1, into %2.</source>
        <translation>Dernière sauvegarde : %1, dans %2.</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Ce coffre n’a jamais été sauvegardé.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Backups kept there</source>
        <translation>Sauvegardes gardées</translation>
    </message>
    <message>
        <source>Remind me after</source>
        <translation>Rappel après</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Receive a bundle from a partner group</source>
        <translation>Recevoir un paquet d’un groupe partenaire</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Passphrase of the bundle</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <source>only for a bundle encrypted to a passphrase</source>
        <translation>seulement pour un paquet chiffré avec une phrase secrète</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Accept this sender</source>
        <translation>Accepter cet expéditeur</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Choisir le paquet</translation>
    </message>
    <message>
        <source>Decrypting and checking the bundle…</source>
        <translation>Déchiffrement et vérification du paquet…</translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation>Ouverture du paquet</translation>
    </message>
    <message>
        <source>Refused: nothing was imported.</source>
        <translation>Refusé : rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Import du paquet</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Importé : %n fiche écrite en une seule fois.</numerusform>
            <numerusform>Importé : %n fiches écrites en une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING: the keys of the partner “%1” have CHANGED.&lt;/b&gt;&lt;br&gt;Expected fingerprint %2, this bundle has %3. Someone may be pretending to be this partner. The bundle is refused: call the partner and check before doing anything else.</source>
        <translation>&lt;b&gt;ATTENTION : les clés du partenaire « %1 » ont CHANGÉ.&lt;/b&gt;&lt;br&gt;Empreinte attendue %2, ce paquet porte %3. Quelqu’un se fait peut-être passer pour ce partenaire. Le paquet est refusé : appelez le partenaire et vérifiez avant toute autre chose.</translation>
    </message>
    <message>
        <source>This bundle comes from a group that is not among your partners: &lt;b&gt;“%1”&lt;/b&gt;, fingerprint &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Accept it only if this group confirmed this fingerprint to you (by phone or in person).</source>
        <translation>Ce paquet vient d’un groupe qui n’est pas parmi vos partenaires : &lt;b&gt;« %1 »&lt;/b&gt;, empreinte &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Acceptez-le seulement si ce groupe vous a confirmé cette empreinte (par téléphone ou en personne).</translation>
    </message>
    <message>
        <source>From the partner “%1”, fingerprint %2.</source>
        <translation>Du partenaire « %1 », empreinte %2.</translation>
    </message>
    <message>
        <source>From “%1”, fingerprint %2: a new partner, accepted by its fingerprint.</source>
        <translation>De « %1 », empreinte %2 : un nouveau partenaire, accepté par son empreinte.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle number %1, written on %2; %n deletion(s) announced.</source>
        <translation>
            <numerusform>Paquet numéro %1, écrit le %2 ; %n suppression annoncée.</numerusform>
            <numerusform>Paquet numéro %1, écrit le %2 ; %n suppressions annoncées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Fiche A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Fiche B</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Les deux fiches côte à côte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajoutée le</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>An element removed on another laptop was kept: it had been edited here.</source>
        <translation>Un élément supprimé sur un autre ordinateur a été gardé : il avait été modifié ici.</translation>
    </message>
    <message>
        <source>An address book removed the tag that shares this record there: the tag was kept, and the record&apos;s card sent back with it.</source>
        <translation>Un carnet d’adresses a retiré l’étiquette qui y partage cette fiche : l’étiquette a été gardée et la carte de la fiche renvoyée avec elle.</translation>
    </message>
    <message>
        <source>An edit made on another laptop restored this deleted record.</source>
        <translation>Une modification faite sur un autre ordinateur a rétabli cette fiche supprimée.</translation>
    </message>
    <message>
        <source>Another laptop deleted this record, but it had been edited here: it was kept.</source>
        <translation>Un autre ordinateur a supprimé cette fiche, mais elle avait été modifiée ici : elle a été gardée.</translation>
    </message>
    <message>
        <source>This member number was given to two people on two laptops: the one given it later lost it.</source>
        <translation>Ce numéro de membre a été donné à deux personnes sur deux ordinateurs : celle qui l’a reçu en second l’a perdu.</translation>
    </message>
    <message>
        <source>An address book&apos;s card names the organisation “%1”, which this vault does not know: no organisation was made, and the person&apos;s links were kept.</source>
        <translation>Une carte d’un carnet d’adresses nomme l’organisation « %1 », que ce coffre ne connaît pas : aucune organisation n’a été créée, et les liens de la personne ont été gardés.</translation>
    </message>
    <message>
        <source>An address book&apos;s card links this person to “%1”, who is no one in this vault (or by a kind of link it does not know): the link was not kept.</source>
        <translation>Une carte d’un carnet d’adresses relie cette personne à « %1 », qui n’est personne dans ce coffre (ou par un type de lien qu’il ne connaît pas) : ce lien n’a pas été gardé.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Conflicts&lt;/h2&gt;&lt;p&gt;The same thing was changed differently here and on another laptop. Both values are kept until you choose; meanwhile the record shows the later one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Conflits&lt;/h2&gt;&lt;p&gt;La même donnée a été modifiée différemment ici et sur un autre ordinateur. Les deux valeurs sont gardées jusqu’à votre choix ; en attendant, la fiche montre la plus récente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <source>Theirs (another laptop)</source>
        <translation>L’autre (un autre ordinateur)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to resolve&lt;/h3&gt;&lt;p&gt;Every change received from other laptops agreed with this one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien à résoudre&lt;/h3&gt;&lt;p&gt;Toutes les modifications reçues des autres ordinateurs s’accordent avec celui-ci.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder l’autre</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Compris</translation>
    </message>
    <message numerus="yes">
        <source>%n to resolve</source>
        <translation>
            <numerusform>%n à résoudre</numerusform>
            <numerusform>%n à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>This conflict was already resolved (perhaps on another laptop).</source>
        <translation>Ce conflit est déjà résolu (peut-être sur un autre ordinateur).</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Impossible de résoudre le conflit : %1</translation>
    </message>
    <message>
        <source>Resolved: %1, %2.</source>
        <translation>Résolu : %1, %2.</translation>
    </message>
    <message>
        <source>Notice acknowledged.</source>
        <translation>Avis pris en compte.</translation>
    </message>
    <message>
        <source>Only an element of a list can keep both values</source>
        <translation>Seul un élément d’une liste peut garder les deux valeurs</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <source>the server %1</source>
        <translation>le serveur %1</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>ordinateur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>modifié le %1 par %2</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>modifié par %1</translation>
    </message>
    <message>
        <source>(a person since erased)</source>
        <translation>(une personne effacée depuis)</translation>
    </message>
    <message>
        <source>%1: one element</source>
        <translation>%1 : un élément</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>Nom du champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Ajouter un champ personnalisé</translation>
    </message>
    <message>
        <source>Separate tags with commas. A comma inside a tag is typed after a backslash: comité\, fêtes</source>
        <translation>Séparez les étiquettes par des virgules. Une virgule dans une étiquette se tape après une barre oblique inverse : comité\, fêtes</translation>
    </message>
</context>
<context>
    <name>ContributionColumns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle cotisation</translation>
    </message>
    <message>
        <source>Contribution of %1</source>
        <translation>Versement du %1</translation>
    </message>
</context>
<context>
    <name>ContributionForm</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Pas de date de début</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Renew the membership for the period paid</source>
        <translation>Renouveler l’adhésion pour la période payée</translation>
    </message>
</context>
<context>
    <name>ContributionsView</name>
    <message>
        <source>Contributions</source>
        <translation>Cotisations et dons</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Tout moyen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Totals per year and kind</source>
        <translation>Totaux par année et par nature</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The contributions the filters show, as a spreadsheet or a CSV file</source>
        <translation>Les contributions que montrent les filtres, en tableur ou en fichier CSV</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contributions&lt;/h2&gt;&lt;p&gt;Dues and donations, newest first. Add one from a person&apos;s “Membership and dues” tab.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cotisations et dons&lt;/h2&gt;&lt;p&gt;Les plus récents d’abord. Pour en ajouter, ouvrez l’onglet « Adhésion et cotisations » d’une personne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
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
        <translation>Exporter les contributions</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Tableur (*.ods);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation>Écrit : %1. C’est noté dans le journal des partages.</translation>
    </message>
    <message>
        <source>Exporting the contributions</source>
        <translation>Export des contributions</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>&lt;h2&gt;Create a new vault&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Créer un nouveau coffre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation>Nom du collectif</translation>
    </message>
    <message>
        <source>e.g. Tenants of the Rue Haute</source>
        <translation>p. ex. Locataires de la rue Haute</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to keep the vault file</source>
        <translation>Choisir où garder le fichier du coffre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe (encore)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; Everything in the vault is encrypted with it: if it is lost, nobody can recover the data — not the developers, not your hoster. Write it down and keep it somewhere safe, or use a password manager.</source>
        <translation>&lt;b&gt;Gardez cette phrase de passe en lieu sûr.&lt;/b&gt; Tout le contenu du coffre est chiffré avec elle : si elle est perdue, personne ne pourra récupérer les données — ni les développeurs, ni votre hébergeur. Notez-la et rangez-la en lieu sûr, ou utilisez un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Se souvenir sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Create this laptop&apos;s vault for the team&lt;/h2&gt;&lt;p&gt;Your own passphrase protects it on this computer; the invitation comes next.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Créer le coffre de cet ordinateur pour l’équipe&lt;/h2&gt;&lt;p&gt;Votre propre phrase de passe le protège sur cet ordinateur ; l’invitation vient ensuite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Où garder le coffre</translation>
    </message>
    <message>
        <source>Commons vaults (*.commons)</source>
        <translation>Coffres Commons (*.commons)</translation>
    </message>
    <message>
        <source>Give the collective a name.</source>
        <translation>Donnez un nom au collectif.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>The other window did not answer. Unlock the vault here, or look for that window.</source>
        <translation>L’autre fenêtre n’a pas répondu. Déverrouillez le coffre ici, ou cherchez cette fenêtre.</translation>
    </message>
    <message>
        <source>Demo collective</source>
        <translation>Collectif de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo collective (%1 people)…</source>
        <translation>Création du collectif de démonstration (%1 personnes)…</translation>
    </message>
</context>
<context>
    <name>DisclosuresPanel</name>
    <message>
        <source>Where this person&apos;s data was shared</source>
        <translation>Où les données de cette personne ont été partagées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Everything we hold about this person (PDF)…</source>
        <translation>Tout ce que nous détenons sur cette personne (PDF)…</translation>
    </message>
    <message>
        <source>Write the access report of this person</source>
        <translation>Écrire le rapport d’accès de cette personne</translation>
    </message>
    <message>
        <source>The answer to an access request: every field, membership, contribution, document and disclosure, as a PDF</source>
        <translation>La réponse à une demande d’accès : chaque champ, adhésion, cotisation, document et partage, en PDF</translation>
    </message>
    <message numerus="yes">
        <source>This person&apos;s data was shared %n times:</source>
        <translation>
            <numerusform>Les données de cette personne ont été partagées %n fois :</numerusform>
            <numerusform>Les données de cette personne ont été partagées %n fois :</numerusform>
        </translation>
    </message>
    <message>
        <source>This person&apos;s data was never exported nor sent to anyone.</source>
        <translation>Les données de cette personne n’ont jamais été exportées ni envoyées à quiconque.</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d’accès</translation>
    </message>
    <message>
        <source>Writing the access report</source>
        <translation>Écriture du rapport d’accès</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Select a document in the list, or add files.</source>
        <translation>Choisissez un document dans la liste, ou ajoutez des fichiers.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Image preview</source>
        <translation>Aperçu de l’image</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Sélectionnez un document pour le voir ici.</translation>
    </message>
    <message>
        <source>PDF documents are not previewed on this computer (it has neither QtPdf nor poppler&apos;s pdftoppm). Use “Save a copy as…” to open it elsewhere.</source>
        <translation>Les documents PDF ne sont pas prévisualisés sur cet ordinateur (il n’a ni QtPdf ni pdftoppm de poppler). Utilisez « Enregistrer une copie sous… » pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>This PDF document could not be shown: it may be damaged.</source>
        <translation>Ce document PDF n’a pas pu être affiché : il est peut-être endommagé.</translation>
    </message>
    <message>
        <source>First page of the PDF document</source>
        <translation>Première page du document PDF</translation>
    </message>
    <message>
        <source>No preview for this kind of file (%1). Use “Save a copy as…” to open it elsewhere.</source>
        <translation>Pas d’aperçu pour ce type de fichier (%1). Utilisez « Enregistrer une copie sous… » pour l’ouvrir ailleurs.</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Open in another application…</source>
        <translation>Ouvrir dans une autre application…</translation>
    </message>
    <message>
        <source>Open the document in another application</source>
        <translation>Ouvrir le document dans une autre application</translation>
    </message>
    <message>
        <source>Add files to the vault</source>
        <translation>Ajouter des fichiers au coffre</translation>
    </message>
    <message>
        <source>Link the document to a person or organisation</source>
        <translation>Lier le document à une personne ou une organisation</translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation>Enregistrer une copie du document dans un fichier</translation>
    </message>
    <message>
        <source>Drop files here to add them. Documents are encrypted inside the vault.</source>
        <translation>Déposez des fichiers ici pour les ajouter. Les documents sont chiffrés dans le coffre.</translation>
    </message>
    <message>
        <source>Linked to: %1</source>
        <translation>Lié à : %1</translation>
    </message>
    <message>
        <source>Not linked to anyone yet.</source>
        <translation>Lié à personne pour l’instant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n documents added.</source>
        <translation>
            <numerusform>%n document ajouté.</numerusform>
            <numerusform>%n documents ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation>Lier « %1 » à…</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Lié.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Copie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Opening “%1” in another application writes a decrypted copy to a private folder of this computer. The copy is wiped when the vault locks or Commons Desktop quits, but the other application may keep its own copy. Open it?</source>
        <translation>Ouvrir « %1 » dans une autre application écrit une copie déchiffrée dans un dossier privé de cet ordinateur. La copie est effacée quand le coffre se verrouille ou quand Commons Desktop se ferme, mais l’autre application peut garder sa propre copie. L’ouvrir ?</translation>
    </message>
    <message>
        <source>Open in another application</source>
        <translation>Ouvrir dans une autre application</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Esc)</source>
        <translation>Abandonner les modifications non enregistrées (Échap)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>« %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept while the vault was locked.</source>
        <translation>Vos modifications non enregistrées ont été gardées pendant le verrouillage.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Changes undone.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>Delete %1? This can be undone from the history.</source>
        <translation>Supprimer %1 ? Cela peut être annulé depuis l’historique.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Same email</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>Même téléphone</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Possible duplicates&lt;/h2&gt;&lt;p&gt;People who share an email, a phone number or the same name (ignoring case and accents).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Doublons possibles&lt;/h2&gt;&lt;p&gt;Personnes qui partagent un e-mail, un numéro de téléphone ou le même nom (sans tenir compte des majuscules ni des accents).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Fiche A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Fiche B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Comparer et fusionner…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 memberships, %2 contributions, %3 documents moved.</source>
        <translation>Fusionné : %1 adhésions, %2 cotisations et %3 documents déplacés.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase. Check it (and the keyboard layout) and try again.</source>
        <translation>Phrase de passe incorrecte. Vérifiez-la (et la disposition du clavier) puis réessayez.</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it, or type the passphrase.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé : déverrouillez-le, ou tapez la phrase de passe.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: type the passphrase.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : tapez la phrase de passe.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n’y a pas de coffre à %1.</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>Un fichier existe déjà à %1.</translation>
    </message>
    <message>
        <source>The vault file was replaced or moved since it was opened: this change was NOT saved, and nothing more will be saved into the old file. Lock the vault and open it again.</source>
        <translation>Le fichier du coffre a été remplacé ou déplacé depuis son ouverture : cette modification n’a PAS été enregistrée, et plus rien ne sera enregistré dans l’ancien fichier. Verrouillez le coffre et rouvrez-le.</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Close it there and try again.</source>
        <translation>Le coffre est utilisé par un autre programme. Fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Commons Desktop. Please update.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Commons Desktop. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore it from a backup.</source>
        <translation>Le coffre est endommagé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The member number %1 already belongs to another person.</source>
        <translation>Le numéro d’adhérent %1 appartient déjà à une autre personne.</translation>
    </message>
    <message>
        <source>The file is too large for this vault (limit: %1 MB).</source>
        <translation>Le fichier est trop gros pour ce coffre (limite : %1 Mo).</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to keep. Check that the file was fully downloaded or copied.</source>
        <translation>« %1 » est vide (0 octet) : il n’y a rien à garder. Vérifiez que le fichier a été entièrement téléchargé ou copié.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists. To give its records the same tag, merge the two tags instead.</source>
        <translation>Une étiquette « %1 » existe déjà. Pour donner la même étiquette à leurs fiches, fusionnez plutôt les deux étiquettes.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>This conflicts with an existing record.</source>
        <translation>Cela entre en conflit avec une fiche existante.</translation>
    </message>
    <message>
        <source>The file could not be read or written (%1).</source>
        <translation>Le fichier n’a pas pu être lu ou écrit (%1).</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Quelque chose s’est mal passé (%1).</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a zip archive that is neither a spreadsheet nor a bundle</source>
        <translation>une archive zip qui n’est ni un tableur ni un paquet</translation>
    </message>
    <message>
        <source>a text or presentation document</source>
        <translation>un document texte ou une présentation</translation>
    </message>
    <message>
        <source>an Office document that is not a spreadsheet</source>
        <translation>un document Office qui n’est pas un tableur</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>une archive compressée</translation>
    </message>
    <message>
        <source>an encrypted file that is not a Commons bundle</source>
        <translation>un fichier chiffré qui n’est pas un paquet Commons</translation>
    </message>
    <message>
        <source>a password-protected spreadsheet (save it without a password)</source>
        <translation>un tableur protégé par un mot de passe (enregistrez-le sans mot de passe)</translation>
    </message>
    <message>
        <source>Line %1 holds NUL bytes: this is not a text file.</source>
        <translation>La ligne %1 contient des octets NUL : ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>Line %1 holds control characters: this is not a text file.</source>
        <translation>La ligne %1 contient des caractères de contrôle : ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>Line %1 is not text in UTF-8, UTF-16 or Windows-1252.</source>
        <translation>La ligne %1 n’est du texte ni en UTF-8, ni en UTF-16, ni en Windows-1252.</translation>
    </message>
    <message>
        <source>Lines %2 and %1 are in different encodings (UTF-8, Windows-1252): save the file in one encoding.</source>
        <translation>Les lignes %2 et %1 sont dans des encodages différents (UTF-8, Windows-1252) : enregistrez le fichier dans un seul encodage.</translation>
    </message>
    <message>
        <source>Line %1: %2, over the limit of an import.</source>
        <translation>Ligne %1 : %2, au-delà de la limite d’une importation.</translation>
    </message>
    <message>
        <source>Over the limit of an import: %1.</source>
        <translation>Au-delà de la limite d’une importation : %1.</translation>
    </message>
    <message>
        <source>The vault is still open in this window: this cannot be done now.</source>
        <translation>Le coffre est encore ouvert dans cette fenêtre : ce n’est pas possible maintenant.</translation>
    </message>
    <message>
        <source>Another program has this vault open: close it there and try again.</source>
        <translation>Un autre programme a ouvert ce coffre : fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) is restoring, re-keying or erasing in this vault: wait for it to finish and try again.</source>
        <translation>%1 (processus %2 sur %3) restaure ce coffre, en change la phrase de passe ou y efface des données : attendez qu’il ait fini et réessayez.</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) has this vault open: close it there and try again.</source>
        <translation>%1 (processus %2 sur %3) a ouvert ce coffre : fermez-le là-bas et réessayez.</translation>
    </message>
    <message>
        <source>the saved search “%1”</source>
        <translation>la recherche enregistrée « %1 »</translation>
    </message>
    <message>
        <source>the export profile “%1”</source>
        <translation>le profil d’export « %1 »</translation>
    </message>
    <message>
        <source>The tag “%1” is not deleted: %2 select by it, and would then list nobody. Change or delete them first, or merge the tag into another one.</source>
        <translation>L’étiquette « %1 » n’est pas supprimée : %2 sélectionnent par elle et ne listeraient plus personne. Modifiez-les ou supprimez-les d’abord, ou fusionnez l’étiquette dans une autre.</translation>
    </message>
    <message>
        <source>This change cannot be undone: %1 changed again since. Undo the later change first.</source>
        <translation>Cette modification ne peut pas être annulée : %1 a changé depuis. Annulez d’abord la modification suivante.</translation>
    </message>
    <message>
        <source>This change cannot be undone: the record was deleted or erased since.</source>
        <translation>Cette modification ne peut pas être annulée : la fiche a été supprimée ou effacée depuis.</translation>
    </message>
    <message>
        <source>This change cannot be undone: its details were erased.</source>
        <translation>Cette modification ne peut pas être annulée : ses détails ont été effacés.</translation>
    </message>
    <message>
        <source>This kind of change (a creation, a link, a new version, a merge or an erasure) cannot be undone from the history.</source>
        <translation>Ce genre de modification (une création, un lien, une nouvelle version, une fusion ou un effacement) ne s’annule pas depuis l’historique.</translation>
    </message>
    <message>
        <source>This change is already undone.</source>
        <translation>Cette modification est déjà annulée.</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Il n’y a pas de modification à annuler.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Il n’y a pas d’étiquette « %1 ».</translation>
    </message>
    <message>
        <source>There is no export profile “%1”.</source>
        <translation>Il n’y a pas de profil d’export « %1 ».</translation>
    </message>
    <message>
        <source>There is no partner “%1”.</source>
        <translation>Il n’y a pas de partenaire « %1 ».</translation>
    </message>
    <message>
        <source>There is no saved column mapping “%1”.</source>
        <translation>Il n’y a pas de correspondance de colonnes « %1 ».</translation>
    </message>
    <message>
        <source>This person has no membership yet: join first.</source>
        <translation>Cette personne n’a pas encore d’adhésion : faites-la adhérer d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid: nothing was imported.</source>
        <translation>
            <numerusform>%n ligne est invalide : rien n’a été importé.</numerusform>
            <numerusform>%n lignes sont invalides : rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase for this bundle (or the bundle is damaged).</source>
        <translation>Mauvaise phrase secrète pour ce paquet (ou le paquet est abîmé).</translation>
    </message>
    <message>
        <source>This bundle is not encrypted for this group (or it is damaged). If it was encrypted to a passphrase, type the passphrase.</source>
        <translation>Ce paquet n’est pas chiffré pour ce groupe (ou il est abîmé). S’il a été chiffré avec une phrase secrète, tapez-la.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was changed on the way. Refused.</source>
        <translation>La signature du paquet ne correspond pas à son contenu : il a été modifié en route. Refusé.</translation>
    </message>
    <message>
        <source>This bundle (number %1) is not newer than the last one received from this partner (%2): it was already imported, or it is an old copy. Refused.</source>
        <translation>Ce paquet (numéro %1) n’est pas plus récent que le dernier reçu de ce partenaire (%2) : il a déjà été importé, ou c’est une vieille copie. Refusé.</translation>
    </message>
    <message>
        <source>WARNING: the keys of the partner “%1” have changed. Refused.</source>
        <translation>ATTENTION : les clés du partenaire « %1 » ont changé. Refusé.</translation>
    </message>
    <message>
        <source>This bundle comes from a group that is not among your partners.</source>
        <translation>Ce paquet vient d’un groupe qui n’est pas parmi vos partenaires.</translation>
    </message>
    <message>
        <source>This file is %1. The import reads CSV files, spreadsheets (.ods, .xlsx, .xls), address cards (.vcf), Commons JSON files and bundles.</source>
        <translation>Ce fichier est %1. L’import lit les fichiers CSV, les tableurs (.ods, .xlsx, .xls), les cartes de visite (.vcf), les fichiers JSON de Commons et les paquets.</translation>
    </message>
    <message>
        <source>A value of the column “%1” is too long for an .xlsx cell (%2 characters at most): export to .ods or CSV instead.</source>
        <translation>Une valeur de la colonne « %1 » est trop longue pour une cellule .xlsx (%2 caractères au plus) : exportez plutôt en .ods ou en CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheet “%1”.</source>
        <translation>Le tableur n’a pas de feuille « %1 ».</translation>
    </message>
    <message>
        <source>This bundle holds something unsafe (%1). Refused.</source>
        <translation>Ce paquet contient quelque chose de dangereux (%1). Refusé.</translation>
    </message>
    <message>
        <source>This file cannot be used: %1.</source>
        <translation>Ce fichier ne peut pas être utilisé : %1.</translation>
    </message>
    <message>
        <source>This cannot be done: %1.</source>
        <translation>Impossible : %1.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Spreadsheet (.ods, LibreOffice)</source>
        <translation>Tableur (.ods, LibreOffice)</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx, Excel)</source>
        <translation>Tableur (.xlsx, Excel)</translation>
    </message>
    <message>
        <source>Spreadsheet (.ods, .xlsx, .xls)</source>
        <translation>Tableur (.ods, .xlsx, .xls)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Address cards (vCard)</source>
        <translation>Fiches de contact (vCard)</translation>
    </message>
    <message>
        <source>Complete data (JSON)</source>
        <translation>Données complètes (JSON)</translation>
    </message>
    <message>
        <source>Member list (PDF)</source>
        <translation>Liste des membres (PDF)</translation>
    </message>
    <message>
        <source>Membership cards (PDF)</source>
        <translation>Cartes de membre (PDF)</translation>
    </message>
    <message>
        <source>Address labels (PDF)</source>
        <translation>Étiquettes d’adresse (PDF)</translation>
    </message>
    <message>
        <source>Encrypted bundle for partner groups</source>
        <translation>Paquet chiffré pour des groupes partenaires</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Only add new records (skip those already here)</source>
        <translation>Ajouter seulement les nouvelles fiches (ignorer celles déjà là)</translation>
    </message>
    <message>
        <source>Update the matching records with the file&apos;s values</source>
        <translation>Mettre à jour les fiches correspondantes avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Only fill the empty fields of matching records</source>
        <translation>Remplir seulement les champs vides des fiches correspondantes</translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation>même identifiant</translation>
    </message>
    <message>
        <source>same member number</source>
        <translation>même numéro d’adhérent</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Access report (PDF)</source>
        <translation>Rapport d’accès (PDF)</translation>
    </message>
    <message>
        <source>Receipt (PDF)</source>
        <translation>Reçu (PDF)</translation>
    </message>
    <message>
        <source>Membership certificate (PDF)</source>
        <translation>Attestation d’adhésion (PDF)</translation>
    </message>
    <message>
        <source>Reminder letters (PDF)</source>
        <translation>Lettres de relance (PDF)</translation>
    </message>
    <message>
        <source>Renewal list (.ods)</source>
        <translation>Liste des renouvellements (.ods)</translation>
    </message>
    <message>
        <source>Renewal list (.xlsx)</source>
        <translation>Liste des renouvellements (.xlsx)</translation>
    </message>
    <message>
        <source>Renewal list (CSV)</source>
        <translation>Liste des renouvellements (CSV)</translation>
    </message>
    <message>
        <source>Contributions (.ods)</source>
        <translation>Contributions (.ods)</translation>
    </message>
    <message>
        <source>Contributions (.xlsx)</source>
        <translation>Contributions (.xlsx)</translation>
    </message>
    <message>
        <source>Contributions (CSV)</source>
        <translation>Contributions (CSV)</translation>
    </message>
    <message>
        <source>already in the vault: left as it is</source>
        <translation>déjà dans le coffre : laissée telle quelle</translation>
    </message>
    <message>
        <source>the same person as an earlier line</source>
        <translation>la même personne qu’une ligne précédente</translation>
    </message>
    <message>
        <source>merged into an earlier line</source>
        <translation>fusionnée avec une ligne précédente</translation>
    </message>
    <message>
        <source>already in the vault: nothing new</source>
        <translation>déjà dans le coffre : rien de nouveau</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>modifie : %1</translation>
    </message>
    <message>
        <source>another person (different %1): flagged as a possible duplicate</source>
        <translation>une autre personne (%1 différents) : signalée comme doublon possible</translation>
    </message>
    <message>
        <source>this member number belongs to another person</source>
        <translation>ce numéro d’adhérent appartient à une autre personne</translation>
    </message>
    <message>
        <source>from the organisation column</source>
        <translation>d’après la colonne organisation</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>numéro d’adhérent</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Column “%1” not recognised: not imported.</source>
        <translation>Colonne « %1 » non reconnue : non importée.</translation>
    </message>
    <message>
        <source>%1 contribution(s) without a date are dated %2.</source>
        <translation>%1 cotisation(s) sans date sont datées du %2.</translation>
    </message>
    <message>
        <source>%1 errors; the first %2 are listed.</source>
        <translation>%1 erreurs ; les %2 premières sont listées.</translation>
    </message>
    <message>
        <source>%1 line(s) outside any card were ignored.</source>
        <translation>%1 ligne(s) hors de toute fiche ont été ignorées.</translation>
    </message>
    <message>
        <source>%1 link(s) to another card (ORG, RELATED) name no card of this file: not kept.</source>
        <translation>%1 lien(s) vers une autre fiche (ORG, RELATED) ne désignent aucune fiche de ce fichier : non repris.</translation>
    </message>
    <message>
        <source>%1 link(s) to an organisation whose card is not in this file were made by its name, without their start and end dates.</source>
        <translation>%1 lien(s) vers une organisation dont la fiche n’est pas dans ce fichier ont été faits par son nom, sans leurs dates de début et de fin.</translation>
    </message>
    <message>
        <source>%1 photo(s) or document(s) dropped as asked.</source>
        <translation>%1 photo(s) ou document(s) écartés comme demandé.</translation>
    </message>
    <message>
        <source>The deletion of %1 %2 was ignored: it is not a record received from this sender.</source>
        <translation>La suppression de %1 %2 a été ignorée : ce n’est pas une fiche reçue de cet expéditeur.</translation>
    </message>
    <message>
        <source>Line %1: a photo line that is not a property was dropped.</source>
        <translation>Ligne %1 : une ligne de photo qui n’est pas une propriété a été écartée.</translation>
    </message>
    <message>
        <source>Line %1: a photo that is not base64 data was dropped.</source>
        <translation>Ligne %1 : une photo qui n’est pas en données base64 a été écartée.</translation>
    </message>
    <message>
        <source>Line %1: a photo given as a link was dropped (links are never fetched).</source>
        <translation>Ligne %1 : une photo donnée par un lien a été écartée (les liens ne sont jamais suivis).</translation>
    </message>
    <message>
        <source>Line %1: a photo over %2 MB was dropped.</source>
        <translation>Ligne %1 : une photo de plus de %2 Mo a été écartée.</translation>
    </message>
    <message>
        <source>Line %1: a photo that is not valid base64 was dropped.</source>
        <translation>Ligne %1 : une photo dont le base64 n’est pas valide a été écartée.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>qui a la phrase secrète</translation>
    </message>
    <message>
        <source>the person (access request)</source>
        <translation>la personne (demande d’accès)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Receive a bundle…</source>
        <translation>Recevoir un paquet…</translation>
    </message>
    <message>
        <source>Partners and identity…</source>
        <translation>Partenaires et identité…</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>É&amp;changes</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format of the export</source>
        <translation>Format de l’export</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation>virgule ( , )</translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation>point-virgule ( ; )</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Fields that may leave</source>
        <translation>Champs qui peuvent sortir</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>No field</source>
        <translation>Aucun champ</translation>
    </message>
    <message>
        <source>What will leave</source>
        <translation>Ce qui va sortir</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>The first page, as it will print</source>
        <translation>La première page, telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>What will leave this computer</source>
        <translation>Ce qui va quitter cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fields:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champs :&lt;/b&gt;</translation>
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
            <numerusform>%n ne tenait pas et a été coupée (marquée …) : vérifiez-la avant d&apos;imprimer.</numerusform>
            <numerusform>%n ne tenaient pas et ont été coupées (marquées …) : vérifiez-les avant d&apos;imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the records and at least one field.</source>
        <translation>Choisissez les fiches et au moins un champ.</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Préparation de l’aperçu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns of the file:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Colonnes du fichier :&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected have no postal address: no label for them.</source>
        <translation>
            <numerusform>%n des personnes choisies n&apos;a pas d&apos;adresse postale : pas d&apos;étiquette pour elle.</numerusform>
            <numerusform>%n des personnes choisies n&apos;ont pas d&apos;adresse postale : pas d&apos;étiquette pour elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected are not active members today: no card for them (tick “A card for everyone selected” to print them too).</source>
        <translation>
            <numerusform>%n des personnes choisies n&apos;est pas membre actif aujourd&apos;hui : pas de carte pour elle (cochez « Une carte pour chaque personne choisie » pour l&apos;imprimer aussi).</numerusform>
            <numerusform>%n des personnes choisies ne sont pas membres actifs aujourd&apos;hui : pas de carte pour elles (cochez « Une carte pour chaque personne choisie » pour les imprimer aussi).</numerusform>
        </translation>
    </message>
    <message>
        <source>address-labels</source>
        <translation>etiquettes-adresses</translation>
    </message>
    <message>
        <source>member-cards</source>
        <translation>cartes-de-membre</translation>
    </message>
    <message>
        <source>member-list</source>
        <translation>liste-des-membres</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n people). It is recorded in the disclosure log.</source>
        <translation>
            <numerusform>Écrit : %1 (%n personne). C’est noté dans le journal des partages.</numerusform>
            <numerusform>Écrit : %1 (%n personnes). C’est noté dans le journal des partages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent until</source>
        <translation>Consentement jusqu’au</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Nom du champ personnalisé</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Type d’adhésion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d’autorités (CA)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Relationship target</source>
        <translation>Cible de la relation</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Text document (LibreOffice)</source>
        <translation>Document texte (LibreOffice)</translation>
    </message>
    <message>
        <source>Rich text document</source>
        <translation>Document texte enrichi</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Spreadsheet (LibreOffice)</source>
        <translation>Classeur (LibreOffice)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>Présentation PowerPoint</translation>
    </message>
    <message>
        <source>Presentation (LibreOffice)</source>
        <translation>Présentation (LibreOffice)</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Fichier texte</translation>
    </message>
    <message>
        <source>Text file (Markdown)</source>
        <translation>Fichier texte (Markdown)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
    <message>
        <source>XML data</source>
        <translation>Données XML</translation>
    </message>
    <message>
        <source>Address card</source>
        <translation>Carte de visite (vCard)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Message e-mail</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archive zip</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>Archive 7-Zip</translation>
    </message>
    <message>
        <source>Compressed file</source>
        <translation>Fichier compressé</translation>
    </message>
    <message>
        <source>Photo (JPEG)</source>
        <translation>Photo (JPEG)</translation>
    </message>
    <message>
        <source>Image (PNG)</source>
        <translation>Image (PNG)</translation>
    </message>
    <message>
        <source>Image (GIF)</source>
        <translation>Image (GIF)</translation>
    </message>
    <message>
        <source>Image (WebP)</source>
        <translation>Image (WebP)</translation>
    </message>
    <message>
        <source>Photo (HEIC)</source>
        <translation>Photo (HEIC)</translation>
    </message>
    <message>
        <source>Drawing (SVG)</source>
        <translation>Dessin (SVG)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Enregistrement sonore</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>File (%1)</source>
        <translation>Fichier (%1)</translation>
    </message>
</context>
<context>
    <name>FileRouter</name>
    <message>
        <source>Another vault is open: quit, then open %1.</source>
        <translation>Un autre coffre est ouvert : quittez, puis ouvrez %1.</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>&lt;h2&gt;This vault is empty&lt;/h2&gt;&lt;p&gt;Nobody is in it yet. Start in one of these ways; everything you add stays encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ce coffre est vide&lt;/h2&gt;&lt;p&gt;Personne n’y figure encore. Commencez de l’une de ces façons ; tout ce que vous ajoutez reste chiffré sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a spreadsheet or address cards…</source>
        <translation>Importer un tableur ou des cartes de visite…</translation>
    </message>
    <message>
        <source>Your member list from a spreadsheet (.ods, .xlsx, .xls, .csv — Galette, Google, Outlook and Thunderbird exports too) or address cards (.vcf). You see what will be imported first.</source>
        <translation>Votre liste d’adhérents depuis un tableur (.ods, .xlsx, .xls, .csv — y compris les exports de Galette, Google, Outlook et Thunderbird) ou des cartes de visite (.vcf). Vous voyez d’abord ce qui sera importé.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Type in the first member or contact.</source>
        <translation>Saisissez le premier membre ou contact.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>A partner association, a union, a supplier: the people related to it come after.</source>
        <translation>Une association partenaire, un syndicat, un fournisseur : les personnes qui y sont liées viennent ensuite.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Undo this change</source>
        <translation>Annuler cette modification</translation>
    </message>
    <message>
        <source>Undo the selected change</source>
        <translation>Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <source>Puts back what the selected change replaced, as a new change</source>
        <translation>Remet ce que la modification sélectionnée a remplacé, par une nouvelle modification</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>La modification sélectionnée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;&lt;p&gt;The latest %1 changes, newest first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Historique&lt;/h2&gt;&lt;p&gt;Les %1 dernières modifications, les plus récentes d’abord.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a change to see it in full and undo it.</source>
        <translation>Sélectionnez une modification pour la voir en entier et l’annuler.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>this computer (no name given)</source>
        <translation>cet ordinateur (aucun nom donné)</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>retiré %1</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>désormais %1</translation>
    </message>
    <message>
        <source>reordered or edited in place: %1</source>
        <translation>réordonné ou modifié sur place : %1</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1 : désormais %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>(details erased)</source>
        <translation>(détails effacés)</translation>
    </message>
    <message>
        <source>merged with %1</source>
        <translation>fusionné avec %1</translation>
    </message>
    <message>
        <source>merged into %1</source>
        <translation>fusionné dans %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>version %1 : %2</translation>
    </message>
    <message>
        <source>(a record no longer in the vault)</source>
        <translation>(une fiche qui n’est plus dans le coffre)</translation>
    </message>
    <message>
        <source>%1 — %2 by %3: %4 “%5”</source>
        <translation>%1 — %2 par %3 : %4 « %5 »</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Renewals and dues</source>
        <translation>Renouvellements et cotisations</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Last changes</source>
        <translation>Dernières modifications</translation>
    </message>
    <message>
        <source>See the whole history</source>
        <translation>Voir tout l’historique</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Today, %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Aujourd’hui, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the home page&apos;s figures</source>
        <translation>Lecture des chiffres de l&apos;accueil</translation>
    </message>
    <message numerus="yes">
        <source>%n people are not members</source>
        <translation>
            <numerusform>%n personne n’est pas membre</numerusform>
            <numerusform>%n personnes ne sont pas membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1 : %n</numerusform>
            <numerusform>%1 : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewals due this month</source>
        <translation>
            <numerusform>%n renouvellement à faire ce mois-ci</numerusform>
            <numerusform>%n renouvellements à faire ce mois-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>Memberships ending from today to the end of the month</source>
        <translation>Les adhésions qui prennent fin d’aujourd’hui à la fin du mois</translation>
    </message>
    <message numerus="yes">
        <source>Dues received in %1: %2 (%n payments)</source>
        <translation>
            <numerusform>Cotisations reçues en %1 : %2 (%n paiement)</numerusform>
            <numerusform>Cotisations reçues en %1 : %2 (%n paiements)</numerusform>
        </translation>
    </message>
    <message>
        <source>No dues received in %1 yet</source>
        <translation>Aucune cotisation reçue en %1 pour l’instant</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import people and organisations</source>
        <translation>Importer des personnes et des organisations</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Guess from the content</source>
        <translation>Deviner d’après le contenu</translation>
    </message>
    <message>
        <source>This file is an encrypted bundle from a partner group.</source>
        <translation>Ce fichier est un paquet chiffré d’un groupe partenaire.</translation>
    </message>
    <message>
        <source>Receive it as a bundle…</source>
        <translation>Le recevoir comme paquet…</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Correspondance de colonnes enregistrée</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Enregistrer cette correspondance…</translation>
    </message>
    <message>
        <source>Columns of the spreadsheet</source>
        <translation>Colonnes du tableur</translation>
    </message>
    <message>
        <source>Sheet of the spreadsheet</source>
        <translation>Feuille du tableur</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this column mapping, to reuse it for the next spreadsheets</source>
        <translation>Enregistrer cette correspondance de colonnes, pour la réutiliser avec les prochains tableurs</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Correspondance enregistrée :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>This file is too large to import (limit: %1 MB).</source>
        <translation>Ce fichier est trop gros pour être importé (limite : %1 Mo).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by “%2”.</source>
        <translation>Lu en %1, colonnes séparées par « %2 ».</translation>
    </message>
    <message>
        <source>None (recognise the headers)</source>
        <translation>Aucune (reconnaître les en-têtes)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>Name of the column mapping:</source>
        <translation>Nom de la correspondance de colonnes :</translation>
    </message>
    <message>
        <source>Mapping saved: it is offered for the next spreadsheets.</source>
        <translation>Correspondance enregistrée : elle sera proposée pour les prochains tableurs.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n records</source>
        <translation>
            <numerusform>Import de %n fiche</numerusform>
            <numerusform>Import de %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n records written in one go.</source>
        <translation>
            <numerusform>Importé : %n fiche écrite en une seule fois.</numerusform>
            <numerusform>Importé : %n fiches écrites en une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Nothing can be imported while rows have errors: fix the lines shown in the file, or tick “Import the valid rows”.</source>
        <translation>Rien ne peut être importé tant que des lignes ont des erreurs : corrigez les lignes indiquées dans le fichier, ou cochez « Importer les lignes valides ».</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Inviter un ordinateur</translation>
    </message>
    <message>
        <source>The invitation holds the team&apos;s keys. Give it only to the person joining, tell them the passphrase another way, and delete the file afterwards.</source>
        <translation>L’invitation contient les clés de l’équipe. Ne la donnez qu’à la personne qui rejoint l’équipe, dites-lui la phrase secrète par un autre moyen, et supprimez le fichier ensuite.</translation>
    </message>
    <message>
        <source>Passphrase of the invitation</source>
        <translation>Phrase secrète de l’invitation</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Write the invitation…</source>
        <translation>Écrire l’invitation…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>À nouveau :</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Type d’adhésion</translation>
    </message>
    <message>
        <source>Types…</source>
        <translation>Types…</translation>
    </message>
    <message>
        <source>Add or change the membership types of the vault</source>
        <translation>Ajouter ou modifier les types d’adhésion du coffre</translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation>Types d’adhésion</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Record a first payment</source>
        <translation>Enregistrer un premier paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>no fee set</source>
        <translation>sans cotisation fixée</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>The vault has no membership type yet: add one with “Types…”.</source>
        <translation>Le coffre n’a encore aucun type d’adhésion : ajoutez-en un avec « Types… ».</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>Rejoindre une équipe</translation>
    </message>
    <message>
        <source>Another laptop of the team wrote an invitation for this one. Choose it, then give what opens it: its passphrase, or the key file it was made for. This vault then receives the team&apos;s records and shares its changes with the other laptops. A team on a WebDAV server: add that server on the Servers page first (with its password).</source>
        <translation>Un autre ordinateur de l’équipe a écrit une invitation pour celui-ci. Choisissez-la, puis donnez ce qui l’ouvre : sa phrase secrète, ou le fichier de clé pour lequel elle a été faite. Ce coffre reçoit alors les fiches de l’équipe et partage ses modifications avec les autres ordinateurs. Une équipe sur un serveur WebDAV : ajoutez d’abord ce serveur dans la page Serveurs (avec son mot de passe).</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Fichier d’invitation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Choisir le fichier d’invitation</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>Sa phrase secrète</translation>
    </message>
    <message>
        <source>A key file</source>
        <translation>Un fichier de clé</translation>
    </message>
    <message>
        <source>Passphrase of the invitation</source>
        <translation>Phrase secrète de l’invitation</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>the folder the invitation names</source>
        <translation>le dossier que nomme l’invitation</translation>
    </message>
    <message>
        <source>Team folder on this computer</source>
        <translation>Dossier de l’équipe sur cet ordinateur</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier de l’équipe</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitation :</translation>
    </message>
    <message>
        <source>Opens with:</source>
        <translation>S’ouvre avec :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Team folder:</source>
        <translation>Dossier de l’équipe :</translation>
    </message>
    <message>
        <source>Choose the invitation</source>
        <translation>Choisir l’invitation</translation>
    </message>
    <message>
        <source>Invitations (*.age);;All files (*)</source>
        <translation>Invitations (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the invitation file.</source>
        <translation>Choisissez le fichier d’invitation.</translation>
    </message>
    <message>
        <source>Choose the key file the invitation was made for.</source>
        <translation>Choisissez le fichier de clé pour lequel l’invitation a été faite.</translation>
    </message>
    <message>
        <source>Type the invitation&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète de l’invitation.</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Rejoindre une équipe…</translation>
    </message>
    <message>
        <source>This laptop joins the other laptops of your collective: with the invitation one of them wrote, this vault receives the team&apos;s records.</source>
        <translation>Cet ordinateur rejoint les autres ordinateurs de votre collectif : avec l’invitation que l’un d’eux a écrite, ce coffre reçoit les fiches de l’équipe.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>échu</translation>
    </message>
    <message>
        <source>resigned</source>
        <translation>démissionnaire</translation>
    </message>
    <message>
        <source>honorary</source>
        <translation>honoraire</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>chèque</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>domiciliation</translation>
    </message>
    <message>
        <source>dues</source>
        <translation>cotisation</translation>
    </message>
    <message>
        <source>donation</source>
        <translation>don</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>étiquette ajoutée</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>étiquette retirée</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lien ajouté</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>lien retiré</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>cotisation</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>saved search</source>
        <translation>recherche enregistrée</translation>
    </message>
    <message>
        <source>membership type</source>
        <translation>type d’adhésion</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>member number</source>
        <translation>numéro d’adhérent</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>consentements</translation>
    </message>
    <message>
        <source>custom fields</source>
        <translation>champs personnalisés</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>method</source>
        <translation>moyen de paiement</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>début de la période</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>fin de la période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>genre de fiche</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>texte recherché</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>works there</source>
        <translation>y travaille</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <source>household</source>
        <translation>même foyer</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <translation>Reçu n° %1</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>For: membership dues</source>
        <translation>Objet : cotisation</translation>
    </message>
    <message>
        <source>For: a donation</source>
        <translation>Objet : don</translation>
    </message>
    <message>
        <source>period from %1 to %2</source>
        <translation>période du %1 au %2</translation>
    </message>
    <message>
        <source>With our thanks for your support.</source>
        <translation>Avec nos remerciements pour votre soutien.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Membership certificate</source>
        <translation>Attestation d&apos;adhésion</translation>
    </message>
    <message>
        <source>We certify that %1 is a member of %2 since %3, until %4.</source>
        <translation>Nous attestons que %1 est membre de %2 depuis le %3, jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>We certify that %1 was a member of %2 from %3 to %4.</source>
        <translation>Nous attestons que %1 a été membre de %2 du %3 au %4.</translation>
    </message>
    <message>
        <source>Membership: %1</source>
        <translation>Adhésion : %1</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Renewing your membership</source>
        <translation>Renouvellement de votre adhésion</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Your membership (%1) ends on %2.</source>
        <translation>Votre adhésion (%1) prend fin le %2.</translation>
    </message>
    <message>
        <source>Your membership (%1) ended on %2.</source>
        <translation>Votre adhésion (%1) a pris fin le %2.</translation>
    </message>
    <message>
        <source>To renew it, please pay %1 by %2.</source>
        <translation>Pour la renouveler, merci de verser %1 avant le %2.</translation>
    </message>
    <message>
        <source>To renew it, please pay by %1.</source>
        <translation>Pour la renouveler, merci de verser votre cotisation avant le %1.</translation>
    </message>
    <message>
        <source>By bank transfer to %1, with the reference “%2”.</source>
        <translation>Par virement sur le compte %1, avec la communication « %2 ».</translation>
    </message>
    <message>
        <source>Scan this code with your banking app: the transfer is filled in for you.</source>
        <translation>Scannez ce code avec l&apos;application de votre banque : le virement est rempli pour vous.</translation>
    </message>
    <message>
        <source>Thank you for your support.</source>
        <translation>Merci de votre soutien.</translation>
    </message>
    <message>
        <source>Membership %2 %1</source>
        <translation>Cotisation %2 %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>Le %1</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>more than %1 MB in one file</source>
        <translation>plus de %1 Mo dans un fichier</translation>
    </message>
    <message>
        <source>more than %1 rows, cards or people and organisations</source>
        <translation>plus de %1 lignes, fiches ou personnes et organisations</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>plus de %1 enregistrements</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>more than %1 characters in one cell</source>
        <translation>plus de %1 caractères dans une cellule</translation>
    </message>
    <message>
        <source>more than %1 characters in one line</source>
        <translation>plus de %1 caractères dans une ligne</translation>
    </message>
    <message>
        <source>more than %1 MB in one record</source>
        <translation>plus de %1 Mo dans un enregistrement</translation>
    </message>
    <message>
        <source>more than %1 MB in one card</source>
        <translation>plus de %1 Mo dans une fiche</translation>
    </message>
    <message>
        <source>more than %1 properties in one card</source>
        <translation>plus de %1 propriétés dans une fiche</translation>
    </message>
    <message>
        <source>more than %1 entries in the archive</source>
        <translation>plus de %1 éléments dans l’archive</translation>
    </message>
    <message>
        <source>more than %1 MB unpacked from the archive</source>
        <translation>plus de %1 Mo une fois l’archive décompressée</translation>
    </message>
    <message>
        <source>more than %1 MB in one archive entry</source>
        <translation>plus de %1 Mo dans un élément de l’archive</translation>
    </message>
    <message>
        <source>more than %1 MB in the manifest</source>
        <translation>plus de %1 Mo dans le manifeste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commons Desktop</source>
        <translation>Commons Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations et dons</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tags and saved searches</source>
        <translation>Étiquettes et recherches</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>&amp;Renouvellements</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>&amp;Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Cotisations et dons</translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;ments</translation>
    </message>
    <message>
        <source>&amp;Tags and saved searches</source>
        <translation>&amp;Étiquettes et recherches</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation>Con&amp;flits</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>About Commons Desktop</source>
        <translation>À propos de Commons Desktop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the servers now (Ctrl+Shift+S)</source>
        <translation>Synchroniser avec les serveurs maintenant (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>No server to sync yet: add one on the Servers page.</source>
        <translation>Aucun serveur à synchroniser pour l’instant : ajoutez-en un dans la page Serveurs.</translation>
    </message>
    <message>
        <source>Delete files on the server?</source>
        <translation>Supprimer des fichiers sur le serveur ?</translation>
    </message>
    <message>
        <source>The sync with “%1” stopped before changing anything: it would delete %2 of the %3 files there, because they are no longer selected by its export profile (or were deleted here).

Delete them on the server now? If this is not what you meant, answer No and check the profile: nothing is deleted.</source>
        <translation>La synchronisation avec «&#xa0;%1&#xa0;» s’est arrêtée avant de rien changer : elle supprimerait %2 des %3 fichiers qui s’y trouvent, parce que son profil d’export ne les sélectionne plus (ou qu’ils ont été supprimés ici).

Les supprimer sur le serveur maintenant ? Si ce n’est pas ce que vous vouliez, répondez Non et vérifiez le profil : rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Commons Desktop — locked</source>
        <translation>Commons Desktop — verrouillé</translation>
    </message>
    <message>
        <source>%1 — Commons Desktop</source>
        <translation>%1 — Commons Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1 : %n personne</numerusform>
            <numerusform>%1 : %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The vault is locked with unsaved changes: unlock it to save them. Close and lose them?</source>
        <translation>Le coffre est verrouillé avec des modifications non enregistrées : déverrouillez-le pour les enregistrer. Fermer et les perdre ?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email type</source>
        <translation>Type d’e-mail</translation>
    </message>
    <message>
        <source>Second email</source>
        <translation>Deuxième e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Deuxième téléphone</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone du domicile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street, second line</source>
        <translation>Rue, deuxième ligne</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Legal entity represented (Galette)</source>
        <translation>Personne morale représentée (Galette)</translation>
    </message>
    <message>
        <source>Role in the association (a tag)</source>
        <translation>Rôle dans l’association (une étiquette)</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Type d’adhésion</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>Statut d’adhésion</translation>
    </message>
    <message>
        <source>Membership start</source>
        <translation>Début d’adhésion</translation>
    </message>
    <message>
        <source>Membership end</source>
        <translation>Fin d’adhésion</translation>
    </message>
    <message>
        <source>Contribution amount</source>
        <translation>Montant de la cotisation</translation>
    </message>
    <message>
        <source>Contribution date</source>
        <translation>Date de la cotisation</translation>
    </message>
    <message>
        <source>Contribution currency</source>
        <translation>Devise de la cotisation</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Contribution type</source>
        <translation>Type de cotisation</translation>
    </message>
    <message>
        <source>Contribution comments</source>
        <translation>Commentaires de la cotisation</translation>
    </message>
    <message>
        <source>Contribution period start</source>
        <translation>Début de la période de cotisation</translation>
    </message>
    <message>
        <source>Contribution period end</source>
        <translation>Fin de la période de cotisation</translation>
    </message>
    <message>
        <source>Identifier (Commons)</source>
        <translation>Identifiant (Commons)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Champ personnalisé « %1 »</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Champ pour la colonne « %1 »</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>&lt;h2&gt;Renewals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Renouvellements&lt;/h2&gt;</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Show memberships ending within this many days</source>
        <translation>Afficher les adhésions qui se terminent dans ce nombre de jours</translation>
    </message>
    <message>
        <source>Include lapsed members</source>
        <translation>Inclure les membres échus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Renewal list</source>
        <translation>Liste des renouvellements</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Renew the selected memberships for one more period of their type</source>
        <translation>Renouveler les adhésions choisies pour une période de plus de leur type</translation>
    </message>
    <message>
        <source>None of these members has an email address.</source>
        <translation>Aucun de ces membres n’a d’adresse de courriel.</translation>
    </message>
    <message numerus="yes">
        <source>%n emails copied for the BCC field. The clipboard will be cleared in 30 seconds.</source>
        <translation>
            <numerusform>%n courriel copié pour le champ Cci. Le presse-papiers sera vidé dans 30 secondes.</numerusform>
            <numerusform>%n courriels copiés pour le champ Cci. Le presse-papiers sera vidé dans 30 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the renewal list</source>
        <translation>Exporter la liste des renouvellements</translation>
    </message>
    <message>
        <source>renewals</source>
        <translation>renouvellements</translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Tableur (*.ods);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the renewal list</source>
        <translation>Export de la liste des renouvellements</translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation>Écrit : %1. C’est noté dans le journal des partages.</translation>
    </message>
    <message>
        <source>Save the reminder letters</source>
        <translation>Enregistrer les lettres de relance</translation>
    </message>
    <message>
        <source>reminders</source>
        <translation>relances</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n letters). It is recorded in the disclosure log.</source>
        <translation>
            <numerusform>Écrit : %1 (%n lettre). C’est noté dans le journal des partages.</numerusform>
            <numerusform>Écrit : %1 (%n lettres). C’est noté dans le journal des partages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reminder letters</source>
        <translation>Écriture des lettres de relance</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy emails (BCC)</source>
        <translation>Copier les courriels (Cci)</translation>
    </message>
    <message>
        <source>The emails of the selected members (all when none is selected), to paste into the BCC field of a message. The clipboard is cleared after 30 seconds.</source>
        <translation>Les courriels des membres choisis (tous si aucun n’est choisi), à coller dans le champ Cci d’un message. Le presse-papiers est vidé après 30 secondes.</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Exporter la liste…</translation>
    </message>
    <message>
        <source>A spreadsheet (.ods, .xlsx) or a CSV file of the list</source>
        <translation>La liste en tableur (.ods, .xlsx) ou en fichier CSV</translation>
    </message>
    <message>
        <source>Reminder letters…</source>
        <translation>Lettres de relance…</translation>
    </message>
    <message>
        <source>One PDF with a letter to each selected member (all when none is selected), with a payment QR code when the association&apos;s IBAN is set in Settings</source>
        <translation>Un PDF avec une lettre à chaque membre choisi (tous si aucun n’est choisi), avec un QR code de paiement quand l’IBAN de l’association est indiqué dans les Réglages</translation>
    </message>
    <message>
        <source>Ending within</source>
        <translation>Se terminant dans</translation>
    </message>
    <message numerus="yes">
        <source>%n members to renew</source>
        <translation>
            <numerusform>%n membre à renouveler</numerusform>
            <numerusform>%n membres à renouveler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memberships renewed.</source>
        <translation>
            <numerusform>%n adhésion renouvelée.</numerusform>
            <numerusform>%n adhésions renouvelées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <source>New membership</source>
        <translation>Nouvelle adhésion</translation>
    </message>
    <message>
        <source>Membership “%1” (%2)</source>
        <translation>Adhésion « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>MembershipForm</name>
    <message>
        <source>No start date</source>
        <translation>Pas de date de début</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Du / au</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Join…</source>
        <translation>Adhérer…</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>One more period of the membership&apos;s type</source>
        <translation>Une période de plus du type de l’adhésion</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Attestation…</translation>
    </message>
    <message>
        <source>A membership certificate, as a PDF</source>
        <translation>Une attestation d’adhésion, en PDF</translation>
    </message>
    <message>
        <source>Mark lapsed</source>
        <translation>Marquer échu</translation>
    </message>
    <message>
        <source>Resign</source>
        <translation>Démissionner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations et dons</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <source>A receipt for the selected contribution, as a PDF</source>
        <translation>Un reçu pour la contribution choisie, en PDF</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(jusqu’au %1)</translation>
    </message>
    <message>
        <source>Total paid: %1</source>
        <translation>Total payé : %1</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>recu</translation>
    </message>
    <message>
        <source>Save the membership certificate</source>
        <translation>Enregistrer l’attestation d’adhésion</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>attestation</translation>
    </message>
    <message>
        <source>Written: %1. It is recorded in the disclosure log.</source>
        <translation>Écrit : %1. C’est noté dans le journal des partages.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Are these the same person? Choose the values to keep. Emails, phones, addresses, languages, tags and custom fields of both are kept; memberships, contributions, relationships and documents move to the kept record. Both histories are kept.</source>
        <translation>S’agit-il de la même personne ? Choisissez les valeurs à garder. Les e-mails, téléphones, adresses, langues, étiquettes et champs personnalisés des deux fiches sont conservés ; les adhésions, cotisations, relations et documents passent sur la fiche gardée. Les deux historiques sont conservés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record A&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fiche A&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Record B&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fiche B&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Garder cette fiche</translation>
    </message>
    <message>
        <source>Keep record A</source>
        <translation>Garder la fiche A</translation>
    </message>
    <message>
        <source>Keep record B</source>
        <translation>Garder la fiche B</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Keep both notes, one after the other</source>
        <translation>Garder les deux notes, l’une après l’autre</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionner les deux fiches</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>This passphrase is too weak: use at least 8 characters, better several words.</source>
        <translation>Cette phrase de passe est trop faible : au moins 8 caractères, plusieurs mots c’est mieux.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Records already in the vault</source>
        <translation>Fiches déjà dans le coffre</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>mêmes nom et date de naissance</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>For files that name people and nothing else, such as Galette&apos;s list of contributions</source>
        <translation>Pour les fichiers qui ne donnent que le nom des personnes, comme la liste des contributions de Galette</translation>
    </message>
    <message>
        <source>What to do with a record that is already in the vault</source>
        <translation>Que faire d’une fiche déjà dans le coffre</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the invalid ones</source>
        <translation>Importer les lignes valides et laisser de côté les invalides</translation>
    </message>
    <message>
        <source>Keep vCard photos as documents</source>
        <translation>Garder les photos vCard comme documents</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconnues par</translation>
    </message>
    <message>
        <source>When found</source>
        <translation>Si trouvée</translation>
    </message>
</context>
<context>
    <name>OrganisationColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>People related to this organisation</source>
        <translation>Personnes liées à cette organisation</translation>
    </message>
    <message>
        <source>Select an organisation in the list, or add a new one.</source>
        <translation>Sélectionnez une organisation dans la liste, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>e.g. association, union, cooperative</source>
        <translation>p. ex. association, syndicat, coopérative</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations (name, kind, city, email…)</source>
        <translation>Rechercher des organisations (nom, type, ville, e-mail…)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Add a new organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
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
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Matched record</source>
        <translation>Fiche correspondante</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconnue par</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partners and identity</source>
        <translation>Partenaires et identité</translation>
    </message>
    <message>
        <source>This group&apos;s identity card</source>
        <translation>Carte d’identité de ce groupe</translation>
    </message>
    <message>
        <source>Fingerprint of this group</source>
        <translation>Empreinte de ce groupe</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>Copier la carte</translation>
    </message>
    <message>
        <source>This group&apos;s identity</source>
        <translation>Identité de ce groupe</translation>
    </message>
    <message>
        <source>Give this card to partner groups (by email, on paper…). It holds only public keys.</source>
        <translation>Donnez cette carte aux groupes partenaires (par e-mail, sur papier…). Elle ne contient que des clés publiques.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Partner groups</source>
        <translation>Groupes partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Paquets envoyés</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <source>Forget this partner…</source>
        <translation>Oublier ce partenaire…</translation>
    </message>
    <message>
        <source>Name of the partner group</source>
        <translation>Nom du groupe partenaire</translation>
    </message>
    <message>
        <source>The partner&apos;s identity card</source>
        <translation>La carte d’identité du partenaire</translation>
    </message>
    <message>
        <source>Paste the card the partner gave you (it starts with commons-id:1:)</source>
        <translation>Collez la carte que le partenaire vous a donnée (elle commence par commons-id:1:)</translation>
    </message>
    <message>
        <source>Add this partner</source>
        <translation>Ajouter ce partenaire</translation>
    </message>
    <message>
        <source>Add a partner group</source>
        <translation>Ajouter un groupe partenaire</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d’identité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Card copied: paste it into a message to the partner group.</source>
        <translation>Carte copiée : collez-la dans un message au groupe partenaire.</translation>
    </message>
    <message>
        <source>Card of “%1”, fingerprint &lt;b&gt;%2&lt;/b&gt;. Compare it with the fingerprint the partner reads out to you before adding it.</source>
        <translation>Carte de « %1 », empreinte &lt;b&gt;%2&lt;/b&gt;. Comparez-la avec l’empreinte que le partenaire vous lit avant de l’ajouter.</translation>
    </message>
    <message>
        <source>Partner “%1” added.</source>
        <translation>Partenaire « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Forget a partner</source>
        <translation>Oublier un partenaire</translation>
    </message>
    <message>
        <source>Forget the partner “%1”? Its bundles will be refused until it is added again.</source>
        <translation>Oublier le partenaire « %1 » ? Ses paquets seront refusés jusqu’à ce qu’il soit ajouté à nouveau.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, à nouveau</translation>
    </message>
    <message>
        <source>Before the change, a copy of the vault encrypted with the current passphrase is kept in %1: delete it if the current passphrase may be known to someone else.</source>
        <translation>Avant le changement, une copie du coffre chiffrée avec la phrase de passe actuelle est gardée dans %1 : supprimez-la si quelqu’un d’autre peut connaître la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>Backups taken before the change still open with the current passphrase only.</source>
        <translation>Les sauvegardes faites avant le changement ne s’ouvrent qu’avec la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>The key remembered on this computer is updated.</source>
        <translation>La clé retenue sur cet ordinateur est mise à jour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep the new passphrase safe.&lt;/b&gt; If it is lost, nobody can recover the data.</source>
        <translation>&lt;b&gt;Gardez la nouvelle phrase de passe en lieu sûr.&lt;/b&gt; Si elle est perdue, personne ne peut récupérer les données.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one.</source>
        <translation>La nouvelle phrase de passe est l’actuelle.</translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation>Ce n’est pas la phrase de passe actuelle.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Use several words, or 12 characters or more.</source>
        <translation>Utilisez plusieurs mots, ou au moins 12 caractères.</translation>
    </message>
</context>
<context>
    <name>PeopleColumns</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° d’adhérent</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search people (name, email, phone, city, tag…)</source>
        <translation>Rechercher des personnes (nom, e-mail, téléphone, ville, étiquette…)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Show only people with this tag</source>
        <translation>N’afficher que les personnes avec cette étiquette</translation>
    </message>
    <message>
        <source>Show only people with this membership status</source>
        <translation>Montrer seulement les personnes avec ce statut d’adhésion</translation>
    </message>
    <message>
        <source>Any membership status</source>
        <translation>Tout statut d’adhésion</translation>
    </message>
    <message>
        <source>Show the people of a saved search</source>
        <translation>Montrer les personnes d’une recherche enregistrée</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Membership…</source>
        <translation>Adhésion…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation>Étiqueter les personnes sélectionnées</translation>
    </message>
    <message>
        <source>Remove a tag from the selected people</source>
        <translation>Retirer une étiquette des personnes sélectionnées</translation>
    </message>
    <message>
        <source>Delete the selected people</source>
        <translation>Supprimer les personnes sélectionnées</translation>
    </message>
    <message>
        <source>Change the membership status of the selected people</source>
        <translation>Changer le statut d’adhésion des personnes sélectionnées</translation>
    </message>
    <message>
        <source>Export the selected people</source>
        <translation>Exporter les personnes sélectionnées</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Type a search or choose a tag first.</source>
        <translation>Tapez d’abord une recherche ou choisissez une étiquette.</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée :</translation>
    </message>
    <message>
        <source>Search saved.</source>
        <translation>Recherche enregistrée.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Recherches enregistrées…</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ people</source>
        <translation>
            <numerusform>plus de %Ln personne</numerusform>
            <numerusform>plus de %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Deleted. The person can be restored from the history.</source>
        <translation>Supprimé. La personne peut être restaurée depuis l’historique.</translation>
    </message>
    <message>
        <source>Tag people</source>
        <translation>Étiqueter des personnes</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n people:</source>
        <translation>
            <numerusform>Étiquette à ajouter à %n personne :</numerusform>
            <numerusform>Étiquette à ajouter à %n personnes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagging %n people</source>
        <translation>
            <numerusform>Étiquetage de %n personne</numerusform>
            <numerusform>Étiquetage de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Untag people</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n people:</source>
        <translation>
            <numerusform>Étiquette à retirer de %n personne :</numerusform>
            <numerusform>Étiquette à retirer de %n personnes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing a tag from %n people</source>
        <translation>
            <numerusform>Retrait d’une étiquette sur %n personne</numerusform>
            <numerusform>Retrait d’une étiquette sur %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>Statut d’adhésion</translation>
    </message>
    <message numerus="yes">
        <source>Mark the membership of %n people as:</source>
        <translation>
            <numerusform>Marquer l’adhésion de %n personne comme :</numerusform>
            <numerusform>Marquer l’adhésion de %n personnes comme :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the membership of %n people</source>
        <translation>
            <numerusform>Changement de l’adhésion de %n personne</numerusform>
            <numerusform>Changement de l’adhésion de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete people</source>
        <translation>Supprimer des personnes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people? They can be restored from the history.</source>
        <translation>
            <numerusform>Supprimer %n personne ? Elle pourra être restaurée depuis l’historique.</numerusform>
            <numerusform>Supprimer %n personnes ? Elles pourront être restaurées depuis l’historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n people</source>
        <translation>
            <numerusform>Suppression de %n personne</numerusform>
            <numerusform>Suppression de %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Select a person in the list, or add a new one.</source>
        <translation>Sélectionnez une personne dans la liste, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Membership and dues</source>
        <translation>Adhésion et cotisations</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>e.g. fr, en, nl-BE</source>
        <translation>p. ex. fr, en, nl-BE</translation>
    </message>
    <message>
        <source>comma-separated, e.g. volunteer, newsletter</source>
        <translation>séparées par des virgules, p. ex. bénévole, newsletter</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>What was agreed (e.g. newsletter)</source>
        <translation>Objet de l’accord (p. ex. newsletter)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Pas de date de fin</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Ajouter un consentement</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>Rows shown in the preview</source>
        <translation>Lignes montrées dans l’aperçu</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows with an error</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Skipped, updated or flagged rows</source>
        <translation>Lignes ignorées, mises à jour ou signalées</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nouvelles fiches</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>Fiches mises à jour</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Preview of the import, row by row</source>
        <translation>Aperçu de l’import, ligne par ligne</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n flagged as possible duplicates)</source>
        <translation>
            <numerusform>(%n signalée comme doublon possible)</numerusform>
            <numerusform>(%n signalées comme doublons possibles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows</source>
        <translation>
            <numerusform>%n ligne invalide</numerusform>
            <numerusform>%n lignes invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé :</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
</context>
<context>
    <name>PrintOptionsBox</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Sheet of labels</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 labels of %4 × %5 mm</source>
        <translation>%1 — %2 × %3 étiquettes de %4 × %5 mm</translation>
    </message>
    <message>
        <source>Custom sheet (measured in mm)</source>
        <translation>Planche personnalisée (mesurée en mm)</translation>
    </message>
    <message>
        <source>First free label on the sheet</source>
        <translation>Première étiquette libre de la planche</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rangées</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Largeur d&apos;étiquette</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Hauteur d&apos;étiquette</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Marge du haut</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Marge de gauche</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>Espace entre colonnes</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>Espace entre rangées</translation>
    </message>
    <message>
        <source>Columns × rows</source>
        <translation>Colonnes × rangées</translation>
    </message>
    <message>
        <source>Label (width × height)</source>
        <translation>Étiquette (largeur × hauteur)</translation>
    </message>
    <message>
        <source>Margins (top, left)</source>
        <translation>Marges (haut, gauche)</translation>
    </message>
    <message>
        <source>Gaps (columns, rows)</source>
        <translation>Espaces (colonnes, rangées)</translation>
    </message>
    <message>
        <source>Draw the outlines (a trial on plain paper)</source>
        <translation>Tracer les contours (un essai sur papier ordinaire)</translation>
    </message>
    <message>
        <source>A card for everyone selected, not only the active members</source>
        <translation>Une carte pour chaque personne choisie, pas seulement les membres actifs</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planche</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Commencer à l&apos;étiquette</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message numerus="yes">
        <source>of %n (across, then down)</source>
        <translation>
            <numerusform>sur %n (de gauche à droite, puis de haut en bas)</numerusform>
            <numerusform>sur %n (de gauche à droite, puis de haut en bas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The labels do not fit across the page: %1 mm too wide.</source>
        <translation>Les étiquettes ne tiennent pas dans la largeur de la page : %1 mm de trop.</translation>
    </message>
    <message>
        <source>The labels do not fit down the page: %1 mm too high.</source>
        <translation>Les étiquettes ne tiennent pas dans la hauteur de la page : %1 mm de trop.</translation>
    </message>
    <message>
        <source>That is more than %1 labels on a page.</source>
        <translation>Cela fait plus de %1 étiquettes sur une page.</translation>
    </message>
    <message>
        <source>These measures do not make a sheet of labels.</source>
        <translation>Ces mesures ne forment pas une planche d&apos;étiquettes.</translation>
    </message>
</context>
<context>
    <name>PrintWording</name>
    <message>
        <source>Member list</source>
        <translation>Liste des membres</translation>
    </message>
    <message>
        <source>%1 — %2 — printed on %3 — %4</source>
        <translation>%1 — %2 — imprimée le %3 — %4</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>étiquette « %1 »</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>a selection of %1</source>
        <translation>sélection de %1</translation>
    </message>
    <message>
        <source>profile “%1”</source>
        <translation>profil « %1 »</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>Carte de membre</translation>
    </message>
    <message>
        <source>Member no. %1</source>
        <translation>Adhérent n° %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>No membership</source>
        <translation>Sans adhésion</translation>
    </message>
    <message>
        <source>Everything we hold about you: %1</source>
        <translation>Tout ce que nous détenons à votre sujet : %1</translation>
    </message>
    <message>
        <source>%1 — printed on %2</source>
        <translation>%1 — imprimé le %2</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations et dons</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Autres champs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Transmis à</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Changes recorded: %1</source>
        <translation>Modifications enregistrées : %1</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress of the running task</source>
        <translation>Avancement de la tâche en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>not an email address</source>
        <translation>n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>not a date (expected YYYY-MM-DD)</source>
        <translation>n’est pas une date (format attendu AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a date (expected DD/MM/YYYY or YYYY-MM-DD)</source>
        <translation>pas une date (attendu : JJ/MM/AAAA ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a person needs a given or a family name</source>
        <translation>une personne a besoin d’un prénom ou d’un nom de famille</translation>
    </message>
    <message>
        <source>not a plausible birth date</source>
        <translation>n’est pas une date de naissance plausible</translation>
    </message>
    <message>
        <source>not a language code (e.g. fr, en, nl-BE)</source>
        <translation>n’est pas un code de langue (p. ex. fr, en, nl-BE)</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>n’est pas une adresse web</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>n’est pas un montant</translation>
    </message>
    <message>
        <source>holds bytes that are not text in this computer&apos;s encoding (UTF-8 is expected)</source>
        <translation>contient des octets qui ne sont pas du texte dans l’encodage de cet ordinateur (UTF-8 attendu)</translation>
    </message>
    <message>
        <source>must be a positive amount</source>
        <translation>doit être un montant positif</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <translation>deux décimales au plus</translation>
    </message>
    <message>
        <source>not a three-letter currency code</source>
        <translation>n’est pas un code de devise à trois lettres</translation>
    </message>
    <message>
        <source>a tag has 1 to 80 characters</source>
        <translation>une étiquette a de 1 à 80 caractères</translation>
    </message>
    <message>
        <source>ends before it was given</source>
        <translation>se termine avant d’avoir été donné</translation>
    </message>
    <message>
        <source>membership ends before it starts</source>
        <translation>l’adhésion se termine avant de commencer</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>a contribution needs a date</source>
        <translation>une cotisation a besoin d’une date</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>du texte est attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>expected an object of texts</source>
        <translation>un objet de textes est attendu</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>une liste de textes est attendue</translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>CLÉ=VALEUR attendu</translation>
    </message>
    <message>
        <source>not on this record</source>
        <translation>absent de cette fiche</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>a person cannot be related to themselves</source>
        <translation>une personne ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>a record cannot be merged with itself</source>
        <translation>une fiche ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>cannot choose %1</source>
        <translation>impossible de choisir %1</translation>
    </message>
    <message>
        <source>expected type/subtype</source>
        <translation>type/sous-type attendu</translation>
    </message>
    <message>
        <source>documents link to people or organisations</source>
        <translation>les documents se rattachent à des personnes ou à des organisations</translation>
    </message>
    <message>
        <source>content does not match its SHA-256</source>
        <translation>le contenu ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <source>must be a person or an organisation</source>
        <translation>doit être une personne ou une organisation</translation>
    </message>
    <message>
        <source>not a readable file of PEM certificates</source>
        <translation>n’est pas un fichier lisible de certificats PEM</translation>
    </message>
    <message>
        <source>the membership already runs to the last year a date can hold</source>
        <translation>l’adhésion court déjà jusqu’à la dernière année qu’une date peut contenir</translation>
    </message>
    <message>
        <source>links to a record that is neither in the file nor in the vault</source>
        <translation>renvoie à une fiche qui n’est ni dans le fichier ni dans le coffre</translation>
    </message>
    <message>
        <source>over the vault&apos;s size limit (%1 MB)</source>
        <translation>dépasse la taille maximale du coffre (%1 Mo)</translation>
    </message>
    <message>
        <source>not a valid IBAN (check its letters and digits)</source>
        <translation>n’est pas un IBAN valide (vérifiez ses lettres et ses chiffres)</translation>
    </message>
    <message>
        <source>must be 0 to %1 months</source>
        <translation>doit être de 0 à %1 mois</translation>
    </message>
    <message>
        <source>not a membership type of this vault (known: %1)</source>
        <translation>n’est pas un type d’adhésion de ce coffre (connus : %1)</translation>
    </message>
    <message>
        <source>only dues renew a membership</source>
        <translation>seule une cotisation renouvelle une adhésion</translation>
    </message>
    <message>
        <source>a renewal needs the end of the period paid</source>
        <translation>un renouvellement demande la fin de la période payée</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs : %1</translation>
    </message>
</context>
<context>
    <name>RecipientsBox</name>
    <message>
        <source>Who can open the bundle</source>
        <translation>Qui peut ouvrir le paquet</translation>
    </message>
    <message>
        <source>Partner groups</source>
        <translation>Groupes partenaires</translation>
    </message>
    <message>
        <source>No partner group yet: add one in Exchange → Partners and identity.</source>
        <translation>Pas encore de groupe partenaire : ajoutez-en un dans Échanges → Partenaires et identité.</translation>
    </message>
    <message>
        <source>Other public keys</source>
        <translation>Autres clés publiques</translation>
    </message>
    <message>
        <source>age1… or ssh-ed25519 … (one key per line)</source>
        <translation>age1… ou ssh-ed25519 … (une clé par ligne)</translation>
    </message>
    <message>
        <source>Passphrase for the bundle</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <source>optional: tell it to the receiver another way</source>
        <translation>facultatif : communiquez-la au destinataire par un autre moyen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Or a passphrase</source>
        <translation>Ou une phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose a partner group, give a public key or a passphrase.</source>
        <translation>Choisissez un groupe partenaire, donnez une clé publique ou une phrase secrète.</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Documents of this record</source>
        <translation>Documents de cette fiche</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Joindre des fichiers à cette fiche</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <source>Save a copy of the document as a file</source>
        <translation>Enregistrer une copie du document dans un fichier</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Documents are encrypted inside the vault.</source>
        <translation>Déposez des fichiers ici pour les joindre. Les documents sont chiffrés dans le coffre.</translation>
    </message>
    <message>
        <source>No document yet. Attach files with the button above, or drop them here.</source>
        <translation>Aucun document pour l’instant. Joignez des fichiers avec le bouton ci-dessus, ou déposez-les ici.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Puts back the values the last saved change replaced</source>
        <translation>Remet les valeurs que la dernière modification enregistrée a remplacées</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copier l’e-mail</translation>
    </message>
    <message>
        <source>The clipboard is cleared after 30 seconds</source>
        <translation>Le presse-papiers est vidé après 30 secondes</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Copier le téléphone</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Save or revert your unsaved changes first.</source>
        <translation>Enregistrez ou abandonnez d’abord vos modifications.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Modification annulée.</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Il n’y a aucune modification à annuler.</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be cleared in 30 seconds.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type a name, an email, a city…</source>
        <translation>Tapez un nom, un e-mail, une ville…</translation>
    </message>
    <message>
        <source>Search people and organisations</source>
        <translation>Chercher des personnes et des organisations</translation>
    </message>
    <message>
        <source>People and organisations found</source>
        <translation>Personnes et organisations trouvées</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Link the document to:</source>
        <translation>Lier le document à :</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Add a relationship…</source>
        <translation>Ajouter une relation…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <source>Remove the selected relationship</source>
        <translation>Retirer la relation sélectionnée</translation>
    </message>
    <message>
        <source>Kind of relationship:</source>
        <translation>Type de relation :</translation>
    </message>
    <message>
        <source>Name of the organisation or person:</source>
        <translation>Nom de l’organisation ou de la personne :</translation>
    </message>
    <message>
        <source>Nobody found for “%1”.</source>
        <translation>Personne trouvé pour « %1 ».</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <source>Remove the relationship</source>
        <translation>Retirer la relation</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Retirer « %1 » ?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation>Aucune sauvegarde choisie.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>In the vault now</source>
        <translation>Dans le coffre maintenant</translation>
    </message>
    <message>
        <source>This backup was taken under another passphrase (before a change of passphrase): type the passphrase the vault had then.</source>
        <translation>Cette sauvegarde a été faite sous une autre phrase de passe (avant un changement de phrase de passe) : tapez la phrase de passe qu’avait alors le coffre.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Before it is replaced, the vault as it is now is kept in %1. Commons Desktop closes the vault, restores the backup and opens it again; unsaved changes are kept.</source>
        <translation>Avant d’être remplacé, le coffre tel qu’il est maintenant est gardé dans %1. Commons Desktop ferme le coffre, restaure la sauvegarde et le rouvre ; les modifications non enregistrées sont gardées.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Commons backups (*%1);;All files (*)</source>
        <translation>Sauvegardes Commons (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup either.</source>
        <translation>Cette phrase de passe n’ouvre pas non plus la sauvegarde.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Backup of “%1”, taken on %2.</source>
        <translation>Sauvegarde de « %1 », faite le %2.</translation>
    </message>
    <message>
        <source>This is a backup of another vault (“%1”), not of this one: restoring it replaces this vault by that one.</source>
        <translation>C’est une sauvegarde d’un autre coffre (« %1 »), pas de celui-ci : la restaurer remplace ce coffre par celui-là.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Cotisations et dons</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Modifications enregistrées</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove %1 %2</source>
        <translation>Retirer %1 %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>SelectionBox</name>
    <message>
        <source>Records to export</source>
        <translation>Fiches à exporter</translation>
    </message>
    <message>
        <source>Tag, saved search or profile</source>
        <translation>Étiquette, recherche enregistrée ou profil</translation>
    </message>
    <message numerus="yes">
        <source>The %n people selected in the list</source>
        <translation>
            <numerusform>La personne sélectionnée dans la liste</numerusform>
            <numerusform>Les %n personnes sélectionnées dans la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>People and organisations with a tag</source>
        <translation>Personnes et organisations avec une étiquette</translation>
    </message>
    <message>
        <source>A saved search</source>
        <translation>Une recherche enregistrée</translation>
    </message>
    <message>
        <source>An export profile</source>
        <translation>Un profil d’export</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Server “%1”</source>
        <translation>Serveur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/group/Documents/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/groupe/Documents/</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring only</source>
        <translation>Gardé uniquement dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Unchanged (kept in this computer&apos;s keyring)</source>
        <translation>Inchangé (gardé dans le trousseau de cet ordinateur)</translation>
    </message>
    <message>
        <source>(none: nothing may go there)</source>
        <translation>(aucun : rien ne peut y aller)</translation>
    </message>
    <message>
        <source>Only for a hoster with its own certificate authority</source>
        <translation>Seulement pour un hébergeur qui a sa propre autorité de certification</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use plain http with this address anyway</source>
        <translation>Utiliser quand même le http non chiffré avec cette adresse</translation>
    </message>
    <message>
        <source>This address is plain http to another computer: the password and the data would travel unencrypted, readable by anyone on the way. Use https if the server offers it.</source>
        <translation>Cette adresse est du http non chiffré vers un autre ordinateur : le mot de passe et les données voyageraient en clair, lisibles par quiconque se trouve sur le chemin. Utilisez https si le serveur le propose.</translation>
    </message>
    <message>
        <source>A new address or account is a new target: it starts empty, and the first sync sends everything again. Nothing is deleted on the old server, nor in the vault.</source>
        <translation>Une nouvelle adresse ou un nouveau compte est une nouvelle cible : elle part vide, et la première synchronisation envoie tout à nouveau. Rien n’est supprimé sur l’ancien serveur, ni dans le coffre.</translation>
    </message>
    <message>
        <source>This vault has no export profile yet: nothing may go to a server until one says what may leave (a selection and its fields).</source>
        <translation>Ce coffre n’a pas encore de profil d’export : rien ne peut aller vers un serveur tant qu’un profil ne dit pas ce qui peut sortir (une sélection et ses champs).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password or app token</source>
        <translation>Mot de passe ou jeton d’application</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil d’export</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d’autorité (CA)</translation>
    </message>
    <message>
        <source>Certificate of the hoster&apos;s authority</source>
        <translation>Certificat de l’autorité de l’hébergeur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CA file: this is not a readable file of certificates (PEM).</source>
        <translation>Fichier d’autorité : ce n’est pas un fichier de certificats lisible (PEM).</translation>
    </message>
    <message>
        <source>A server named “%1” exists already: choose another name.</source>
        <translation>Un serveur nommé «&#xa0;%1&#xa0;» existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it, then save again (the password is kept there only).</source>
        <translation>Le trousseau de cet ordinateur est verrouillé : déverrouillez-le, puis enregistrez à nouveau (le mot de passe n’est gardé que là).</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer, so the password cannot be kept: the server was not saved.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur, le mot de passe ne peut donc pas être gardé : le serveur n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>Documents folder (WebDAV)</source>
        <translation>Dossier de documents (WebDAV)</translation>
    </message>
    <message>
        <source>Address book (CardDAV)</source>
        <translation>Carnet d’adresses (CardDAV)</translation>
    </message>
    <message>
        <source>Team folder (WebDAV)</source>
        <translation>Dossier d’équipe (WebDAV)</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the address and the network. Changes wait here and go out at the next sync that reaches it.</source>
        <translation>Le serveur est injoignable : vérifiez l’adresse et le réseau. Les modifications attendent ici et partiront à la prochaine synchronisation qui l’atteindra.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Changes wait here and go out at the next sync that reaches it.</source>
        <translation>Le serveur n’a pas répondu à temps. Les modifications attendent ici et partiront à la prochaine synchronisation qui l’atteindra.</translation>
    </message>
    <message>
        <source>The connection broke before the server&apos;s answer was complete. The next sync resumes where this one stopped.</source>
        <translation>La connexion a été coupée avant la fin de la réponse du serveur. La prochaine synchronisation reprendra là où celle-ci s’est arrêtée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (TLS). If your hoster uses its own certificate authority, give its certificate as the CA file (Edit).</source>
        <translation>Le certificat du serveur n’a pas pu être vérifié (TLS). Si votre hébergeur a sa propre autorité de certification, donnez son certificat comme fichier d’autorité (Modifier).</translation>
    </message>
    <message>
        <source>This address uses plain http to another computer: the password and the data would travel unencrypted. Use https, or confirm plain http for this address (Edit).</source>
        <translation>Cette adresse utilise du http non chiffré vers un autre ordinateur : le mot de passe et les données voyageraient en clair. Utilisez https, ou confirmez le http non chiffré pour cette adresse (Modifier).</translation>
    </message>
    <message>
        <source>Wrong user name or password: the server refused them. Nothing more is sent with them until you change them (Edit) or test the connection again.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect : le serveur les a refusés. Plus rien n’est envoyé avec eux tant que vous ne les avez pas changés (Modifier) ou que vous ne testez pas à nouveau la connexion.</translation>
    </message>
    <message>
        <source>This account may not write there: ask the server&apos;s administrator for write permission.</source>
        <translation>Ce compte n’a pas le droit d’y écrire : demandez le droit d’écriture à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>There is no folder at this address on the server. Test the connection to create it.</source>
        <translation>Il n’y a pas de dossier à cette adresse sur le serveur. Testez la connexion pour le créer.</translation>
    </message>
    <message>
        <source>There is no address book at this address on the server. Test the connection to create it.</source>
        <translation>Il n’y a pas de carnet d’adresses à cette adresse sur le serveur. Testez la connexion pour le créer.</translation>
    </message>
    <message>
        <source>Someone changed it on the server meanwhile: it was left as they made it.</source>
        <translation>Quelqu’un l’a modifié sur le serveur entre-temps : il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The server refused: the folder above this address does not exist.</source>
        <translation>Le serveur a refusé : le dossier au-dessus de cette adresse n’existe pas.</translation>
    </message>
    <message>
        <source>Too large: for the server, or an answer over this program&apos;s limit.</source>
        <translation>Trop volumineux : pour le serveur, ou une réponse au-delà de la limite de ce programme.</translation>
    </message>
    <message>
        <source>The server has no space left.</source>
        <translation>Le serveur n’a plus de place.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Le serveur a échoué (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Réponse inattendue du serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was refused: it is not what this protocol answers, or it is of absurd size.</source>
        <translation>La réponse du serveur a été refusée : ce n’est pas ce que répond ce protocole, ou sa taille est absurde.</translation>
    </message>
    <message>
        <source>This is not a usable http or https address (and it must not hold a password).</source>
        <translation>Ce n’est pas une adresse http ou https utilisable (et elle ne doit pas contenir de mot de passe).</translation>
    </message>
    <message>
        <source>The server sends elsewhere (another server, or plain http): give the final address.</source>
        <translation>Le serveur renvoie ailleurs (un autre serveur, ou du http non chiffré) : donnez l’adresse finale.</translation>
    </message>
    <message>
        <source>This address is a collection, but not an address book.</source>
        <translation>Cette adresse est une collection, mais pas un carnet d’adresses.</translation>
    </message>
    <message>
        <source>This address is a file, not a folder.</source>
        <translation>Cette adresse est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>This account has several address books: give the address of one of them.</source>
        <translation>Ce compte a plusieurs carnets d’adresses : donnez l’adresse de l’un d’eux.</translation>
    </message>
    <message>
        <source>Stopped before changing anything: this sync would delete %2 of the %3 files on the server.</source>
        <translation>Arrêtée avant de rien changer : cette synchronisation supprimerait %2 des %3 fichiers sur le serveur.</translation>
    </message>
    <message>
        <source>This server has no export profile, so nothing may go there: choose one (Edit).</source>
        <translation>Ce serveur n’a pas de profil d’export, donc rien ne peut y aller : choisissez-en un (Modifier).</translation>
    </message>
    <message>
        <source>Syncing this kind of server comes in a later version.</source>
        <translation>La synchronisation de ce type de serveur viendra dans une prochaine version.</translation>
    </message>
    <message>
        <source>Stopped before the end; the next sync resumes where it stopped.</source>
        <translation>Arrêtée avant la fin ; la prochaine synchronisation reprendra là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>A document&apos;s content in the vault does not match its checksum, so it was not sent: check the vault.</source>
        <translation>Le contenu d’un document dans le coffre ne correspond pas à sa somme de contrôle, il n’a donc pas été envoyé : vérifiez le coffre.</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked: unlock it so that the server&apos;s password can be read.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé : déverrouillez-le pour que le mot de passe du serveur puisse être lu.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: the server&apos;s password cannot be read.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur : le mot de passe du serveur ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Failed (%1).</source>
        <translation>Échec (%1).</translation>
    </message>
    <message>
        <source>Stopped before changing anything: this sync would delete more than a fifth of the files on the server.</source>
        <translation>Arrêtée avant de rien changer : cette synchronisation supprimerait plus d’un cinquième des fichiers sur le serveur.</translation>
    </message>
    <message>
        <source>Connected: the folder is there and this account can write in it.</source>
        <translation>Connecté : le dossier est là et ce compte peut y écrire.</translation>
    </message>
    <message>
        <source>Connected: the folder was created, and this account can write in it.</source>
        <translation>Connecté : le dossier a été créé, et ce compte peut y écrire.</translation>
    </message>
    <message>
        <source>Connected: the address book is there and this account can write in it.</source>
        <translation>Connecté : le carnet d’adresses est là et ce compte peut y écrire.</translation>
    </message>
    <message>
        <source>Connected: the address book was created, and this account can write in it.</source>
        <translation>Connecté : le carnet d’adresses a été créé, et ce compte peut y écrire.</translation>
    </message>
    <message>
        <source>Cards will be written as vCard %1.</source>
        <translation>Les fiches seront écrites en vCard %1.</translation>
    </message>
</context>
<context>
    <name>ServersView</name>
    <message>
        <source>&lt;h2&gt;Servers&lt;/h2&gt;&lt;p&gt;The group&apos;s own servers. Each one receives only what its export profile selects; passwords stay in this computer&apos;s keyring.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Serveurs&lt;/h2&gt;&lt;p&gt;Les serveurs du groupe. Chacun ne reçoit que ce que sélectionne son profil d’export ; les mots de passe restent dans le trousseau de cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Arrêter la synchronisation</translation>
    </message>
    <message>
        <source>Sync automatically while the app is open, every</source>
        <translation>Synchroniser automatiquement tant que l’application est ouverte, toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between two automatic syncs</source>
        <translation>Minutes entre deux synchronisations automatiques</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Dernier succès : %1</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Jamais synchronisé pour l’instant.</translation>
    </message>
    <message>
        <source>Last sync here: sent %1, deleted %2, conflicts %3, requests %4.</source>
        <translation>Dernière synchronisation ici : envoyés %1, supprimés %2, conflits %3, requêtes %4.</translation>
    </message>
    <message>
        <source>Left on the server as someone else changed them there (not overwritten): %1</source>
        <translation>Laissés sur le serveur parce que quelqu’un d’autre les y a modifiés (pas écrasés) : %1</translation>
    </message>
    <message>
        <source>“%1” points at a new target now: it starts empty, and nothing was deleted on the old one.</source>
        <translation>«&#xa0;%1&#xa0;» pointe maintenant vers une nouvelle cible : elle part vide, et rien n’a été supprimé sur l’ancienne.</translation>
    </message>
    <message>
        <source>Remove the server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Forget the server “%1” and its password on this computer? Nothing is deleted on the server: what was sent there stays there.</source>
        <translation>Oublier le serveur «&#xa0;%1&#xa0;» et son mot de passe sur cet ordinateur ? Rien n’est supprimé sur le serveur : ce qui y a été envoyé y reste.</translation>
    </message>
    <message>
        <source>“%1” was removed from this vault; nothing was deleted on the server.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré de ce coffre ; rien n’a été supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation>Test de la connexion à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Testing the connection to “%1”</source>
        <translation>Test de la connexion à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No such address book</source>
        <translation>Carnet d’adresses introuvable</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Dossier introuvable</translation>
    </message>
    <message>
        <source>There is no address book at this address on “%1”. Create it?</source>
        <translation>Il n’y a pas de carnet d’adresses à cette adresse sur «&#xa0;%1&#xa0;». Le créer ?</translation>
    </message>
    <message>
        <source>There is no folder at this address on “%1”. Create it?</source>
        <translation>Il n’y a pas de dossier à cette adresse sur «&#xa0;%1&#xa0;». Le créer ?</translation>
    </message>
    <message>
        <source>No server to sync yet: add one.</source>
        <translation>Aucun serveur à synchroniser pour l’instant : ajoutez-en un.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» : %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Anne (secretary)</source>
        <translation>p. ex. Anne (secrétaire)</translation>
    </message>
    <message>
        <source>The history shows it as the author of the changes you make on this computer. It is kept in the vault, encrypted.</source>
        <translation>L’historique l’affiche comme auteur des modifications que vous faites sur cet ordinateur. Il est gardé dans le coffre, chiffré.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lock the vault after</source>
        <translation>Verrouiller le coffre après</translation>
    </message>
    <message>
        <source>Receipts, certificates and letters are printed in the interface language.</source>
        <translation>Les reçus, attestations et lettres sont imprimés dans la langue de l’interface.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>e.g. BE71 0961 2345 6769</source>
        <translation>p. ex. BE71 0961 2345 6769</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The name and address are printed on receipts, membership certificates and reminder letters. With an IBAN, each reminder letter carries a payment QR code that banking apps scan.</source>
        <translation>Le nom et l’adresse sont imprimés sur les reçus, les attestations d’adhésion et les lettres de relance. Avec un IBAN, chaque lettre de relance porte un QR code de paiement que les applications bancaires lisent.</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation>Types d’adhésion</translation>
    </message>
</context>
<context>
    <name>SheetHeaders</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Commons identifier</source>
        <translation>Identifiant Commons</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone domicile</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Type d’adhésion</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>Statut d’adhésion</translation>
    </message>
    <message>
        <source>Membership start</source>
        <translation>Début d’adhésion</translation>
    </message>
    <message>
        <source>Membership end</source>
        <translation>Fin d’adhésion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>Courriel %1</translation>
    </message>
    <message>
        <source>Email type</source>
        <translation>Type de courriel</translation>
    </message>
    <message>
        <source>Email %1 type</source>
        <translation>Type de courriel %1</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Phone %1 type</source>
        <translation>Type de téléphone %1</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street (address %1)</source>
        <translation>Rue (adresse %1)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Postcode (address %1)</source>
        <translation>Code postal (adresse %1)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City (address %1)</source>
        <translation>Ville (adresse %1)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region (address %1)</source>
        <translation>Région (adresse %1)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country (address %1)</source>
        <translation>Pays (adresse %1)</translation>
    </message>
    <message>
        <source>Address type</source>
        <translation>Type d’adresse</translation>
    </message>
    <message>
        <source>Address %1 type</source>
        <translation>Type d’adresse %1</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Champ : %1</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Commons Desktop</source>
        <translation>Commons Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Coffres récents :</translation>
    </message>
    <message>
        <source>Unlock the selected vault</source>
        <translation>Déverrouiller le coffre sélectionné</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
        <source>Open a vault file…</source>
        <translation>Ouvrir un fichier de coffre…</translation>
    </message>
    <message>
        <source>Open the demo collective</source>
        <translation>Ouvrir le collectif de démonstration</translation>
    </message>
    <message>
        <source>Invented people to try the application; passphrase: demo</source>
        <translation>Des personnes inventées pour essayer l’application ; phrase de passe : demo</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Rejoindre une équipe…</translation>
    </message>
    <message>
        <source>Another laptop of your collective wrote an invitation for this one</source>
        <translation>Un autre ordinateur de votre collectif a écrit une invitation pour celui-ci</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back, %1&lt;/h2&gt;&lt;p&gt;Unlock the vault of %1, or choose another one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bon retour, %1&lt;/h2&gt;&lt;p&gt;Déverrouillez le coffre de %1, ou choisissez-en un autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome back&lt;/h2&gt;&lt;p&gt;Choose a vault to unlock.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bon retour&lt;/h2&gt;&lt;p&gt;Choisissez un coffre à déverrouiller.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Commons Desktop&lt;/h2&gt;&lt;p&gt;Your collective&apos;s members and contacts, encrypted on this computer. Nothing leaves it unless you choose so.&lt;/p&gt;&lt;p&gt;Create a vault for your collective, open a vault file you already have, or look around the demo collective.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Commons Desktop&lt;/h2&gt;&lt;p&gt;Les membres et contacts de votre collectif, chiffrés sur cet ordinateur. Rien n’en sort sans votre choix.&lt;/p&gt;&lt;p&gt;Créez un coffre pour votre collectif, ouvrez un fichier de coffre que vous avez déjà, ou découvrez le collectif de démonstration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This vault is already open in Commons Desktop on %1 (process %2), which does not answer from here. Changes made in two places at once are all kept, but close one of them if you can.</source>
        <translation>Ce coffre est déjà ouvert dans Commons Desktop sur %1 (processus %2), qui ne répond pas d’ici. Les modifications faites aux deux endroits sont toutes gardées, mais fermez l’un des deux si vous le pouvez.</translation>
    </message>
    <message>
        <source>This vault is already open in another Commons Desktop window (process %1). Switch to that window, or unlock it here as well.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre de Commons Desktop (processus %1). Passez à cette fenêtre, ou déverrouillez-le aussi ici.</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>Ouvrir un fichier de coffre</translation>
    </message>
    <message>
        <source>Commons vaults (*.commons);;All files (*)</source>
        <translation>Coffres Commons (*.commons);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Syncing with the servers</source>
        <translation>Synchronisation avec les serveurs</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing with the servers. Cancel stops it; the next sync resumes where it stopped.</source>
        <translation>Synchronisation avec les serveurs. Annuler l’arrête ; la prochaine synchronisation reprendra là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;» : %2 sur %3</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>(server %1 of %2)</source>
        <translation>(serveur %1 sur %2)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>This computer is offline: changes wait here and go out at the first sync once the network is back.</source>
        <translation>Cet ordinateur est hors ligne : les modifications attendent ici et partiront à la première synchronisation une fois le réseau revenu.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation>Injoignable : %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <source>Every server was synced; the last sync ended at %1.</source>
        <translation>Tous les serveurs ont été synchronisés ; la dernière synchronisation s’est terminée le %1.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>The servers have not been synced yet.</source>
        <translation>Les serveurs n’ont pas encore été synchronisés.</translation>
    </message>
    <message>
        <source>Click to see the servers.</source>
        <translation>Cliquez pour voir les serveurs.</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>État de la synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Files changed on a server by someone else were left as they are. Click to see them.</source>
        <translation>Des fichiers modifiés sur un serveur par quelqu’un d’autre ont été laissés tels quels. Cliquez pour les voir.</translation>
    </message>
</context>
<context>
    <name>TableWords</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Membership type</source>
        <translation>Type d’adhésion</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À payer avant le</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>TagsView</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete the tag…</source>
        <translation>Supprimer l’étiquette…</translation>
    </message>
    <message>
        <source>Rename the tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Merge the tag into another tag</source>
        <translation>Fusionner l’étiquette dans une autre</translation>
    </message>
    <message>
        <source>Delete the tag from every record</source>
        <translation>Retirer l’étiquette de toutes les fiches</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Delete the saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tags&lt;/h2&gt;&lt;p&gt;Open a tag to list the people who carry it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Étiquettes&lt;/h2&gt;&lt;p&gt;Ouvrez une étiquette pour lister les personnes qui la portent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saved searches&lt;/h2&gt;&lt;p&gt;Save one from the People screen.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Recherches enregistrées&lt;/h2&gt;&lt;p&gt;Enregistrez-en une depuis l’écran Personnes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New name of the tag “%1”:</source>
        <translation>Nouveau nom de l’étiquette « %1 » :</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” renamed to “%2” on %n records.</source>
        <translation>
            <numerusform>Étiquette « %1 » renommée en « %2 » sur %n fiche.</numerusform>
            <numerusform>Étiquette « %1 » renommée en « %2 » sur %n fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge the tag</source>
        <translation>Fusionner l’étiquette</translation>
    </message>
    <message>
        <source>The records tagged “%1” will carry this tag instead, and “%1” will be gone:</source>
        <translation>Les fiches étiquetées « %1 » porteront cette étiquette à la place, et « %1 » disparaîtra :</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” merged into “%2” (%n records carried it).</source>
        <translation>
            <numerusform>Étiquette « %1 » fusionnée dans « %2 » (%n fiche la portait).</numerusform>
            <numerusform>Étiquette « %1 » fusionnée dans « %2 » (%n fiches la portaient).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from the %n records that carry it, and delete it?</source>
        <translation>
            <numerusform>Retirer l’étiquette « %1 » de la fiche qui la porte, et la supprimer ?</numerusform>
            <numerusform>Retirer l’étiquette « %1 » des %n fiches qui la portent, et la supprimer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” deleted from %n records.</source>
        <translation>
            <numerusform>Étiquette « %1 » retirée de %n fiche.</numerusform>
            <numerusform>Étiquette « %1 » retirée de %n fiches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>the folder cannot be reached (is the drive or share connected?)</source>
        <translation>le dossier est inaccessible (le disque ou le partage est-il branché ?)</translation>
    </message>
    <message>
        <source>this folder belongs to another team or holds other files</source>
        <translation>ce dossier appartient à une autre équipe ou contient d’autres fichiers</translation>
    </message>
    <message>
        <source>this folder is empty although this laptop had written there: nothing was taken as deleted</source>
        <translation>ce dossier est vide alors que cet ordinateur y avait écrit : rien n’a été considéré comme supprimé</translation>
    </message>
    <message>
        <source>files in the folder failed their checks: nothing of them was merged</source>
        <translation>des fichiers du dossier n’ont pas passé les vérifications : rien d’eux n’a été fusionné</translation>
    </message>
    <message>
        <source>a file of the team is missing from the folder</source>
        <translation>un fichier de l’équipe manque dans le dossier</translation>
    </message>
    <message>
        <source>this laptop was removed from the team</source>
        <translation>cet ordinateur a été retiré de l’équipe</translation>
    </message>
    <message>
        <source>stopped before changing anything: the changes received would delete many records</source>
        <translation>arrêté avant tout changement : les modifications reçues supprimeraient beaucoup de fiches</translation>
    </message>
    <message>
        <source>no snapshot in the folder reaches the changes left there</source>
        <translation>aucun instantané du dossier ne rejoint les modifications qui y restent</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>a laptop cannot remove itself</source>
        <translation>un ordinateur ne peut pas se retirer lui-même</translation>
    </message>
    <message>
        <source>this laptop is not in the team</source>
        <translation>cet ordinateur n’est pas dans l’équipe</translation>
    </message>
    <message>
        <source>a laptop&apos;s name needs at least one letter or digit</source>
        <translation>le nom d’un ordinateur doit contenir au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>the invitation cannot be opened (wrong passphrase or key, or not an invitation)</source>
        <translation>l’invitation ne peut pas être ouverte (phrase secrète ou clé erronée, ou ce n’est pas une invitation)</translation>
    </message>
    <message>
        <source>the key file holds no age key (AGE-SECRET-KEY-…)</source>
        <translation>le fichier de clé ne contient aucune clé age (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <source>only a new, empty vault can join a team: create one for it</source>
        <translation>seul un coffre neuf et vide peut rejoindre une équipe : créez-en un pour cela</translation>
    </message>
    <message>
        <source>this vault is already part of a team</source>
        <translation>ce coffre fait déjà partie d’une équipe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team&lt;/h2&gt;&lt;p&gt;The laptops that share this vault, and the folders they exchange their changes through (a USB stick, a Syncthing or Nextcloud folder, a share). Everything written there is encrypted.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Équipe&lt;/h2&gt;&lt;p&gt;Les ordinateurs qui partagent ce coffre, et les dossiers par lesquels ils échangent leurs modifications (une clé USB, un dossier Syncthing ou Nextcloud, un partage). Tout ce qui y est écrit est chiffré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Share this vault with other laptops</source>
        <translation>Partager ce coffre avec d’autres ordinateurs</translation>
    </message>
    <message>
        <source>This vault is on this laptop only. Share it, then add a folder and invite the other laptops.</source>
        <translation>Ce coffre n’est que sur cet ordinateur. Partagez-le, puis ajoutez un dossier et invitez les autres ordinateurs.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Laptops of the team</source>
        <translation>Ordinateurs de l’équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Pas encore envoyées</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Team folders</source>
        <translation>Dossiers de l’équipe</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Remove laptop…</source>
        <translation>Retirer l’ordinateur…</translation>
    </message>
    <message>
        <source>Rename this laptop…</source>
        <translation>Renommer cet ordinateur…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Laptops&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ordinateurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossiers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>in the team</source>
        <translation>dans l’équipe</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n laptops in the team</source>
        <translation>
            <numerusform>%n ordinateur dans l’équipe</numerusform>
            <numerusform>%n ordinateurs dans l’équipe</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a folder first</source>
        <translation>Ajoutez d’abord un dossier</translation>
    </message>
    <message>
        <source>This vault is now shared: add a folder, then invite the other laptops.</source>
        <translation>Ce coffre est maintenant partagé : ajoutez un dossier, puis invitez les autres ordinateurs.</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier de l’équipe</translation>
    </message>
    <message>
        <source>Folder added: “%1”. Sync now to exchange through it.</source>
        <translation>Dossier ajouté : « %1 ». Synchronisez pour échanger par lui.</translation>
    </message>
    <message>
        <source>Synced: %1 changes received, %2 sent.</source>
        <translation>Synchronisé : %1 modifications reçues, %2 envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining the team</source>
        <translation>Adhésion à l’équipe</translation>
    </message>
    <message>
        <source>This laptop joined the team.</source>
        <translation>Cet ordinateur a rejoint l’équipe.</translation>
    </message>
    <message>
        <source>It caught up from the team&apos;s latest snapshot.</source>
        <translation>Il s’est mis à jour depuis le dernier instantané de l’équipe.</translation>
    </message>
    <message>
        <source>No team folder was found on this computer: add it on the Team page.</source>
        <translation>Aucun dossier de l’équipe n’a été trouvé sur cet ordinateur : ajoutez-le dans la page Équipe.</translation>
    </message>
    <message>
        <source>Not read: %1 (see the Servers page).</source>
        <translation>Non lus : %1 (voir la page Serveurs).</translation>
    </message>
    <message>
        <source>Joining stopped: this vault is as it was.</source>
        <translation>Adhésion arrêtée : ce coffre est resté tel quel.</translation>
    </message>
    <message>
        <source>This laptop did not join the team: %1</source>
        <translation>Cet ordinateur n’a pas rejoint l’équipe : %1</translation>
    </message>
    <message>
        <source>Rename this laptop</source>
        <translation>Renommer cet ordinateur</translation>
    </message>
    <message>
        <source>The name the other laptops of the team see:</source>
        <translation>Le nom que voient les autres ordinateurs de l’équipe :</translation>
    </message>
    <message>
        <source>This laptop is now called “%1”; the others see it after the next sync.</source>
        <translation>Cet ordinateur s’appelle maintenant « %1 » ; les autres le verront après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Sync stopped; the next one resumes where it stopped.</source>
        <translation>Synchronisation arrêtée ; la prochaine reprendra où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>No team folder to sync: add one first.</source>
        <translation>Aucun dossier d’équipe à synchroniser : ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>The invitation was not written: %1</source>
        <translation>L’invitation n’a pas été écrite : %1</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <source>Invitation (*.age)</source>
        <translation>Invitation (*.age)</translation>
    </message>
    <message>
        <source>Writing the invitation</source>
        <translation>Écriture de l’invitation</translation>
    </message>
    <message>
        <source>Invitation written to %1. Give it only to the person joining, and delete it afterwards.</source>
        <translation>Invitation écrite dans %1. Ne la donnez qu’à la personne qui rejoint l’équipe, et supprimez-la ensuite.</translation>
    </message>
    <message>
        <source>Remove a laptop</source>
        <translation>Retirer un ordinateur</translation>
    </message>
    <message>
        <source>Remove “%1” from the team? What it has already received stays on it; everything written from now on uses a new key it does not have.</source>
        <translation>Retirer « %1 » de l’équipe ? Ce qu’il a déjà reçu lui reste ; tout ce qui sera écrit désormais utilise une nouvelle clé qu’il n’a pas.</translation>
    </message>
    <message>
        <source>“%1” removed from the team: the others get the new key at their next sync.</source>
        <translation>« %1 » retiré de l’équipe : les autres reçoivent la nouvelle clé à leur prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <source>Membership types</source>
        <translation>Types d’adhésion</translation>
    </message>
</context>
<context>
    <name>TypesEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Membership types</source>
        <translation>Types d’adhésion</translation>
    </message>
    <message>
        <source>e.g. Member, Supporting member, Student</source>
        <translation>p. ex. Membre, Membre de soutien, Étudiant·e</translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation>Nom du type</translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation>Cotisation par défaut</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>Pas de cotisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Memberships have this type: add the type they should take first.</source>
        <translation>Des adhésions ont ce type : ajoutez d’abord le type qu’elles doivent prendre.</translation>
    </message>
    <message>
        <source>Remove a membership type</source>
        <translation>Retirer un type d’adhésion</translation>
    </message>
    <message numerus="yes">
        <source>%n memberships have the type “%1”. Which type should they take?</source>
        <translation>
            <numerusform>%n adhésion a le type « %1 ». Quel type doit-elle prendre ?</numerusform>
            <numerusform>%n adhésions ont le type « %1 ». Quel type doivent-elles prendre ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the type “%1”?</source>
        <translation>Retirer le type « %1 » ?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <source>The vault was locked. Unsaved changes are kept and come back after unlocking.</source>
        <translation>Le coffre a été verrouillé. Les modifications non enregistrées sont gardées et reviendront après le déverrouillage.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The vault “%1” is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Le coffre « %1 » est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Switch to that window</source>
        <translation>Passer à cette fenêtre</translation>
    </message>
    <message>
        <source>Remember on this computer (in the system keyring)</source>
        <translation>Se souvenir sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Unlock with the keyring</source>
        <translation>Déverrouiller avec le trousseau</translation>
    </message>
    <message>
        <source>Unlock with the key remembered in the system keyring</source>
        <translation>Déverrouiller avec la clé gardée dans le trousseau du système</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock the vault “%1”&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Déverrouiller le coffre « %1 »&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Tapez la phrase de passe de ce coffre.</translation>
    </message>
    <message>
        <source>No key is remembered for this vault on this computer: type the passphrase.</source>
        <translation>Aucune clé n’est gardée pour ce coffre sur cet ordinateur : tapez la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Changer la phrase de passe…</translation>
    </message>
    <message>
        <source>Show the vault file in the file manager</source>
        <translation>Montrer le fichier du coffre dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>This backup is damaged: it cannot be restored. The vault was not changed. Choose another backup.</source>
        <translation>Cette sauvegarde est endommagée : elle ne peut pas être restaurée. Le coffre n’a pas été modifié. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This backup does not open with the vault&apos;s passphrase (it was taken before a change of passphrase).</source>
        <translation>Cette sauvegarde ne s’ouvre pas avec la phrase de passe du coffre (elle a été faite avant un changement de phrase de passe).</translation>
    </message>
</context>
<context>
    <name>VaultSafety</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The vault file was replaced or moved by another program (a file manager, a sync tool, a restore) while it was open here. Commons Desktop locked the vault so that nothing is saved into the old file; your unsaved changes are kept. Unlock it to open the file that is there now.</source>
        <translation>Le fichier du coffre a été remplacé ou déplacé par un autre programme (un gestionnaire de fichiers, un outil de synchronisation, une restauration) pendant qu’il était ouvert ici. Commons Desktop a verrouillé le coffre pour que rien ne soit enregistré dans l’ancien fichier ; vos modifications non enregistrées sont gardées. Déverrouillez-le pour ouvrir le fichier qui s’y trouve maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this vault is %n days old.</source>
        <translation>
            <numerusform>La dernière sauvegarde de ce coffre remonte à %n jour.</numerusform>
            <numerusform>La dernière sauvegarde de ce coffre remonte à %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Ce coffre n’a jamais été sauvegardé.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <source>Backup written: %1.</source>
        <translation>Sauvegarde écrite : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups were removed from that folder.</source>
        <translation>
            <numerusform>%n sauvegarde plus ancienne a été supprimée de ce dossier.</numerusform>
            <numerusform>%n sauvegardes plus anciennes ont été supprimées de ce dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>La sauvegarde du %1 a été restaurée.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept at %1.</source>
        <translation>Le coffre tel qu’il était avant est gardé dans %1.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <source>The passphrase was changed. The vault as it was before, encrypted with the old passphrase, is kept at %1: delete it if the old passphrase may be known to someone else.</source>
        <translation>La phrase de passe a été changée. Le coffre tel qu’il était avant, chiffré avec l’ancienne phrase de passe, est gardé dans %1 : supprimez-le si quelqu’un d’autre peut connaître l’ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be updated (%1): type the passphrase next time.</source>
        <translation>La clé retenue sur cet ordinateur n’a pas pu être mise à jour (%1) : tapez la phrase de passe la prochaine fois.</translation>
    </message>
    <message>
        <source>The key remembered on this computer was updated.</source>
        <translation>La clé retenue sur cet ordinateur a été mise à jour.</translation>
    </message>
    <message>
        <source>The keyring of this computer is locked, so the vault&apos;s key was not remembered: unlock the keyring, then tick “Remember on this computer” again when you next unlock the vault.</source>
        <translation>Le trousseau de cet ordinateur est verrouillé, la clé du coffre n’a donc pas été retenue : déverrouillez le trousseau, puis cochez de nouveau « Se souvenir sur cet ordinateur » la prochaine fois que vous déverrouillerez le coffre.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Locker), so the vault&apos;s key could not be remembered: its passphrase will be asked each time the vault is opened.</source>
        <translation>Cet ordinateur n’a pas de trousseau sécurisé (comme le trousseau GNOME, KWallet, le trousseau de macOS ou le gestionnaire d’identification de Windows), la clé du coffre n’a donc pas pu être retenue : sa phrase de passe sera demandée à chaque ouverture du coffre.</translation>
    </message>
</context>
</TS>
