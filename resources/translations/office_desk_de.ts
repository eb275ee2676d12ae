<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>About Office Desk</source>
        <translation>Über Office Desk</translation>
    </message>
    <message>
        <source>One desk for an overseas contact-office network: offices, contacts, organizations, projects and events, on your own computer, online or not.</source>
        <translation>Ein Schreibtisch für ein Netzwerk von Kontaktbüros im Ausland: Büros, Kontakte, Organisationen, Projekte und Veranstaltungen – auf dem eigenen Computer, online oder offline.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>The list of licences is missing from this installation ({file}).</source>
        <translation>Die Lizenzliste fehlt in dieser Installation ({file}).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Copy Version Details</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <source>For a message to whoever looks after Office Desk</source>
        <translation>Zum Einfügen in eine Nachricht an die Betreuer von Office Desk</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened.

{error}</source>
        <translation>Die Datenbank kann nicht geöffnet werden.

{error}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Office Desk</source>
        <extracomment>One worker for database work, so writes never race each other.
----------
The backup made by :meth:`backup_first`, once the write ran.</extracomment>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>{label} failed.

{error}</source>
        <translation>Fehlgeschlagen: {label}

{error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{label}
Stopping…</source>
        <translation>{label}
Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path}: one of the two files is encrypted and the other is not; encrypt or decrypt the file first (Settings, or office-desk encrypt/decrypt), then restore</source>
        <extracomment>The record kinds counted in a backup, with their tables. Reasons a backup is made for (besides ``before-schema-upgrade-from-&lt;revision&gt;``). A backup stamped up to this far in the future still counts as recent (the clock went back an hour at the end of summer time); one stamped further ahead is ignored when deciding whether a daily backup is due (the clock was wrong when it was made). When it was made (local time, from its name). Why: ``&quot;daily&quot;``, ``&quot;on-close&quot;``, ``&quot;before-import&quot;``... (without a copy number). The file&apos;s size in bytes. Live (not deleted) records by kind (:data:`KINDS`); a kind whose table the backup&apos;s schema lacks is left out. Empty when ``problem`` is set. Why the backup cannot be restored (damaged, not Office Desk...); &quot;&quot; when it can. The backup&apos;s schema revision (None when unknown).</extracomment>
        <translation>{path}: Eine der beiden Dateien ist verschlüsselt, die andere nicht; verschlüsseln oder entschlüsseln Sie die Datei zuerst (Einstellungen oder office-desk encrypt/decrypt) und stellen Sie dann wieder her</translation>
    </message>
    <message>
        <source>{path}: already exists</source>
        <translation>{path}: ist bereits vorhanden</translation>
    </message>
    <message>
        <source>{path}: the copy failed its integrity check</source>
        <translation>{path}: Die Kopie hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Not an SQLite database file.</source>
        <translation>Keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The file is damaged ({reason}).</source>
        <translation>Die Datei ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>An SQLite database, but not an Office Desk file.</source>
        <translation>Eine SQLite-Datenbank, aber keine Office-Desk-Datei.</translation>
    </message>
    <message>
        <source>Made by a newer version of Office Desk (schema {revision}).</source>
        <translation>Von einer neueren Version von Office Desk erstellt (Schema {revision}).</translation>
    </message>
    <message>
        <source>It holds database objects that are not Office Desk&apos;s own ({objects}); restoring it would bring them back.</source>
        <translation>Sie enthält Datenbankobjekte, die nicht von Office Desk stammen ({objects}); eine Wiederherstellung würde sie zurückbringen.</translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation>Die Datei wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: the database holds objects that are not Office Desk&apos;s own: {objects}. No backup was made (a copy would carry them on); open the file in the Office Desk app to review and remove them first</source>
        <translation>{path}: Die Datenbank enthält Objekte, die nicht von Office Desk stammen: {objects}. Es wurde keine Sicherung angelegt (eine Kopie würde sie weitertragen); öffnen Sie die Datei zuerst in der Office-Desk-App, um sie zu prüfen und zu entfernen</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>No amount</source>
        <extracomment>(column, card, border) colours from the window&apos;s palette, set by the column.</extracomment>
        <translation>Kein Betrag</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Kein Büro</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation>Hier ablegen</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>Keine Projekte</translation>
    </message>
</context>
<context>
    <name>ConflictListDialog</name>
    <message>
        <source>Changed on both sides</source>
        <extracomment>The kind of record each record table holds (&quot;contact&quot; for its table). Why a conflict is listed, in a word (the list) and in a sentence (beside the values).</extracomment>
        <translation>Auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Both sides changed this field before syncing; the later edit was kept.</source>
        <translation>Beide Seiten haben dieses Feld vor dem Abgleich geändert; die spätere Änderung wurde behalten.</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>Auf einer Seite gelöscht</translation>
    </message>
    <message>
        <source>The record was deleted on one side while it was changed on the other.</source>
        <translation>Der Eintrag wurde auf einer Seite gelöscht, während er auf der anderen geändert wurde.</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>The server refused this edit: your office may not change this record. Ask its office to make the change.</source>
        <translation>Der Server hat diese Änderung abgelehnt: Ihr Büro darf diesen Eintrag nicht ändern. Bitten Sie das zuständige Büro um die Änderung.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kept (in the file now)</source>
        <translation>Behalten (jetzt in der Datei)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>&amp;Take Other Value</source>
        <translation>Anderen Wert &amp;übernehmen</translation>
    </message>
    <message>
        <source>Keep the value in place; the conflict is closed</source>
        <translation>Den vorhandenen Wert behalten; der Konflikt wird geschlossen</translation>
    </message>
    <message>
        <source>Put the other value in place: an edit of yours, synced like any other</source>
        <translation>Den anderen Wert einsetzen: eine Änderung von Ihnen, die wie jede andere abgeglichen wird</translation>
    </message>
    <message>
        <source>&amp;Show Record</source>
        <translation>Eintrag &amp;anzeigen</translation>
    </message>
    <message>
        <source>No conflicts: every edit of the team is in place.</source>
        <translation>Keine Konflikte: Jede Änderung des Teams ist übernommen.</translation>
    </message>
    <message>
        <source>One edit could not be kept beside another. Compare the two values, then keep the one in place or take the other.</source>
        <translation>Eine Änderung konnte nicht neben einer anderen bestehen. Vergleichen Sie die beiden Werte und behalten Sie den vorhandenen oder übernehmen Sie den anderen.</translation>
    </message>
    <message>
        <source>{count} edits could not be kept beside others. Compare the two values, then keep the one in place or take the other.</source>
        <translation>{count} Änderungen konnten nicht neben anderen bestehen. Vergleichen Sie jeweils die beiden Werte und behalten Sie den vorhandenen oder übernehmen Sie den anderen.</translation>
    </message>
    <message>
        <source>by {user} on {date}</source>
        <translation>von {user} am {date}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>von {user}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>The conflict is still open.

{error}</source>
        <translation>Der Konflikt ist noch offen.

{error}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Team Server</source>
        <extracomment>What an address looks like (placeholder of the address field).</extracomment>
        <translation>Mit einem Team-Server verbinden</translation>
    </message>
    <message>
        <source>Your team&apos;s server keeps one shared copy of the network. Office Desk keeps working without it and syncs whenever it can reach it. Your administrator gives you the address, your user name and a password.</source>
        <extracomment>The office of the account, once the server accepted it.</extracomment>
        <translation>Der Server Ihres Teams hält eine gemeinsame Kopie des Netzwerks. Office Desk arbeitet auch ohne ihn weiter und gleicht ab, sobald er erreichbar ist. Adresse, Benutzername und Passwort erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbindung mit {server} …</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Verbindung mit dem Team-Server …</translation>
    </message>
    <message>
        <source>Signed in as {user} ({office}). Press Connect to sync with the server.</source>
        <translation>Angemeldet als {user} ({office}). Klicken Sie auf Verbinden, um mit dem Server abzugleichen.</translation>
    </message>
    <message>
        <source>Signed in as {user}. Press Connect to sync with the server.</source>
        <translation>Angemeldet als {user}. Klicken Sie auf Verbinden, um mit dem Server abzugleichen.</translation>
    </message>
    <message>
        <source>Could not connect: {error}</source>
        <translation>Verbindung nicht möglich: {error}</translation>
    </message>
</context>
<context>
    <name>CoordinatesField</name>
    <message>
        <source>latitude, e.g. 51.0504</source>
        <translation>Breitengrad, z. B. 51.0504</translation>
    </message>
    <message>
        <source>longitude, e.g. 13.7373</source>
        <translation>Längengrad, z. B. 13.7373</translation>
    </message>
    <message>
        <source>Look the city up in the built-in list of places (works offline)</source>
        <translation>Stadt in der eingebauten Ortsliste nachschlagen (funktioniert offline)</translation>
    </message>
    <message>
        <source>Place it by clicking the map</source>
        <translation>Per Klick auf die Karte platzieren</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <source>“{text}” is not a country in the list</source>
        <translation>„{text}“ ist kein Land aus der Liste</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Office Desk</source>
        <extracomment>Files handed over before anything could open them (at launch).</extracomment>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>Office Desk closed unexpectedly the last time it ran.</source>
        <translation>Office Desk wurde beim letzten Mal unerwartet beendet.</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved whole or not at all. A report of where it stopped was kept; copying it into a message to your support helps to fix it.

Reports are kept in {folder}</source>
        <translation>Ihre Daten sind sicher: Jede Änderung wird ganz oder gar nicht gespeichert. Ein Bericht darüber, wo das Programm stehen blieb, wurde aufbewahrt; kopieren Sie ihn in eine Nachricht an Ihren Support, damit der Fehler behoben werden kann.

Berichte liegen in {folder}</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>CSV table for German Excel, semicolons (*.csv)</source>
        <translation>CSV-Tabelle für deutsches Excel, Semikolons (*.csv)</translation>
    </message>
    <message>
        <source>{what} failed.

{error}</source>
        <translation>{what} ist fehlgeschlagen.

{error}</translation>
    </message>
    <message>
        <source>Writing {done} of {total}…</source>
        <translation>Schreiben: {done} von {total}…</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>{what} werden exportiert…</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
    <message>
        <source>The Contacts list is empty.</source>
        <translation>Die Kontaktliste ist leer.</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>{what} exportieren</translation>
    </message>
    <message>
        <source>Office Desk package (*.zip *.json *.sealed)</source>
        <translation>Office-Desk-Paket (*.zip *.json *.sealed)</translation>
    </message>
    <message>
        <source>Sealed Office Desk package (*.sealed)</source>
        <translation>Versiegeltes Office-Desk-Paket (*.sealed)</translation>
    </message>
    <message>
        <source>Exported {what} to {path}</source>
        <translation>{what} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Export {what} as vCards</source>
        <translation>{what} als vCards exportieren</translation>
    </message>
    <message>
        <source>Export {what} as a calendar</source>
        <translation>{what} als Kalender exportieren</translation>
    </message>
    <message>
        <source>The Events list is empty.</source>
        <translation>Die Veranstaltungsliste ist leer.</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export a package for another office</source>
        <translation>Paket für ein anderes Büro exportieren</translation>
    </message>
    <message>
        <source>Saved the package, sealed to {offices}, to {path}</source>
        <translation>Paket, versiegelt für {offices}, unter {path} gespeichert</translation>
    </message>
    <message>
        <source>Headquarters ({hq}) has no key here, so it cannot open this package. Import its office key in Settings, Package keys.</source>
        <translation>Von der Zentrale ({hq}) gibt es hier keinen Schlüssel, daher kann sie dieses Paket nicht öffnen. Importieren Sie ihren Büroschlüssel unter Einstellungen, Paketschlüssel.</translation>
    </message>
    <message>
        <source>Exporting the package…</source>
        <translation>Paket wird exportiert…</translation>
    </message>
    <message>
        <source>Saved the package to {path}</source>
        <translation>Paket unter {path} gespeichert</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Paket wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the package</source>
        <translation>Das Lesen des Pakets</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paket abgelehnt</translation>
    </message>
    <message>
        <source>Merging {done} of {total}…</source>
        <translation>Zusammenführen: {done} von {total}…</translation>
    </message>
    <message>
        <source>Merged {file}.</source>
        <translation>{file} zusammengeführt.</translation>
    </message>
    <message>
        <source>Merging the package…</source>
        <translation>Paket wird zusammengeführt…</translation>
    </message>
    <message>
        <source>The merge</source>
        <translation>Das Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: no such file</source>
        <extracomment>One criterion per table: ``all_mappers`` misses entities named only in select_from(). Opened with ``mode=ro``: every write fails (see :func:`open_store`). Every row of the file&apos;s sqlite_master.</extracomment>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}: ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not an Office Desk database</source>
        <translation>{path}: Die Datei ist leer, keine Office-Desk-Datenbank</translation>
    </message>
    <message>
        <source>{path}: not an Office Desk database (not an SQLite file)</source>
        <translation>{path}: keine Office-Desk-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; Office Desk needs to write to it (make it writable, or copy it to a writable folder)</source>
        <translation>{path}: Die Datei ist schreibgeschützt; Office Desk muss in sie schreiben können (Schreibschutz aufheben oder die Datei in einen beschreibbaren Ordner kopieren)</translation>
    </message>
    <message>
        <source>{path}: its folder is read-only; SQLite needs to write its journal beside it (move the file to a writable folder)</source>
        <translation>{path}: Der Ordner ist schreibgeschützt; SQLite muss daneben sein Journal anlegen (Datei in einen beschreibbaren Ordner verschieben)</translation>
    </message>
    <message>
        <source>{path}: cannot open ({reason})</source>
        <translation>{path}: kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is locked by another program; close it there and try again</source>
        <translation>{path}: Die Datei ist von einem anderen Programm gesperrt; bitte dort schließen und erneut versuchen</translation>
    </message>
    <message>
        <source>{path}: the file is damaged ({reason})</source>
        <translation>{path}: Die Datei ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>{path}: the file is damaged (integrity check: {problem})</source>
        <translation>{path}: Die Datei ist beschädigt (Integritätsprüfung: {problem})</translation>
    </message>
    <message>
        <source>{path}: no such database (create one with &apos;office-desk sample {path}&apos;)</source>
        <translation>{path}: Datenbank nicht vorhanden (mit „office-desk sample {path}“ anlegen)</translation>
    </message>
    <message>
        <source>{path}: an SQLite database, but not an Office Desk file</source>
        <translation>{path}: eine SQLite-Datenbank, aber keine Office-Desk-Datei</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Office Desk (schema {revision}); update Office Desk to open it</source>
        <translation>{path}: mit einer neueren Version von Office Desk erstellt (Schema {revision}); zum Öffnen Office Desk aktualisieren</translation>
    </message>
    <message>
        <source>{path}: made by another version of Office Desk (schema {revision}); it can only be opened read-only once it has been upgraded</source>
        <translation>{path}: von einer anderen Version von Office Desk erstellt (Schema {revision}); schreibgeschützt lässt sie sich erst öffnen, wenn sie aktualisiert wurde</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date, or e.g. {example}</source>
        <translation>kein Datum, oder z. B. {example}</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>a date is needed, e.g. {example}</source>
        <translation>Ein Datum ist nötig, z. B. {example}</translation>
    </message>
</context>
<context>
    <name>DuplicateCheck</name>
    <message>
        <source>Same name and organization</source>
        <extracomment>Candidates read per query: far more than one person&apos;s namesakes. the contact&apos;s name as lists show it its organization&apos;s name, or &quot;&quot;</extracomment>
        <translation>Gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <source>Same name; neither has an organization</source>
        <translation>Gleicher Name; keiner von beiden hat eine Organisation</translation>
    </message>
    <message>
        <source>Same e-mail address: {address}</source>
        <translation>Gleiche E-Mail-Adresse: {address}</translation>
    </message>
    <message>
        <source>Same messaging handle: {handle}</source>
        <translation>Gleiches Messenger-Konto: {handle}</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Already in the database?</source>
        <extracomment>Existing contacts listed at most (the strongest matches come first).</extracomment>
        <translation>Schon in der Datenbank?</translation>
    </message>
    <message>
        <source>This person may already be in the database:</source>
        <translation>Diese Person ist vielleicht schon in der Datenbank:</translation>
    </message>
    <message>
        <source>This person may already be in the database, as one of these contacts:</source>
        <translation>Diese Person ist vielleicht schon in der Datenbank, als einer dieser Kontakte:</translation>
    </message>
    <message>
        <source>{name}, {organization}</source>
        <translation>{name}, {organization}</translation>
    </message>
    <message>
        <source>Open this contact</source>
        <translation>Diesen Kontakt öffnen</translation>
    </message>
    <message>
        <source>Open {name}; this form stays as it is</source>
        <translation>{name} öffnen; dieses Formular bleibt, wie es ist</translation>
    </message>
    <message>
        <source>{count} more are not listed.</source>
        <translation>{count} weitere sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>One more is not listed.</source>
        <translation>Ein weiterer ist nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Save the new contact only if it is someone else, such as a namesake.</source>
        <translation>Speichern Sie den neuen Kontakt nur, wenn es jemand anderes ist, etwa ein Namensvetter.</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>Save as a new contact</source>
        <translation>Als neuen Kontakt speichern</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>find a partner to add…</source>
        <translation>Partner zum Hinzufügen suchen…</translation>
    </message>
    <message>
        <source>Add this partner</source>
        <translation>Diesen Partner hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected partner</source>
        <translation>Ausgewählten Partner entfernen</translation>
    </message>
    <message>
        <source>find a person to add…</source>
        <extracomment>What a list of linked records says, by the kind it links (a field&apos;s look may say otherwise, as a project&apos;s partners do).</extracomment>
        <translation>Person zum Hinzufügen suchen…</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Diese Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Ausgewählte Person entfernen</translation>
    </message>
    <message>
        <source>find an organization to add…</source>
        <translation>Organisation zum Hinzufügen suchen…</translation>
    </message>
    <message>
        <source>Add this organization</source>
        <translation>Diese Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected organization</source>
        <translation>Ausgewählte Organisation entfernen</translation>
    </message>
    <message>
        <source>find a project to add…</source>
        <translation>Projekt zum Hinzufügen suchen…</translation>
    </message>
    <message>
        <source>Add this project</source>
        <translation>Dieses Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected project</source>
        <translation>Ausgewähltes Projekt entfernen</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <extracomment>The translation context of the texts below (what the editor says beyond the labels). the add button: &quot;Add e-mail&quot; each line&apos;s remove button: &quot;Remove this e-mail&quot; an empty line: &quot;name@example.com&quot; &quot;find a person to add…&quot; &quot;Add this person&quot; &quot;Remove the selected person&quot; Another widget than the value type&apos;s: &quot;text&quot; (one line for a long text), &quot;languages&quot; (a list that splits &quot;zh, de, en&quot; into entries). The roles a link can have (a project&apos;s partners); links without roles hold ids. The tooltip of a + button beside a record picker that creates the record. A kind declared in core but not (yet) given a look here.</extracomment>
        <translation>Schwerpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove this focus area</source>
        <translation>Diesen Schwerpunkt entfernen</translation>
    </message>
    <message>
        <source>e.g. smart manufacturing</source>
        <translation>z. B. intelligente Fertigung</translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation>Neue Organisation anlegen</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <source>+49 351 …</source>
        <translation>+49 351 …</translation>
    </message>
    <message>
        <source>Add handle</source>
        <translation>Kennung hinzufügen</translation>
    </message>
    <message>
        <source>Remove this handle</source>
        <translation>Diese Kennung entfernen</translation>
    </message>
    <message>
        <source>WeChat: …</source>
        <translation>WeChat: …</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>find a record to add…</source>
        <extracomment>Links to a kind with no texts of its own above.</extracomment>
        <translation>Datensatz zum Hinzufügen suchen…</translation>
    </message>
    <message>
        <source>Add this record</source>
        <translation>Diesen Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Ausgewählten Datensatz entfernen</translation>
    </message>
    <message>
        <source>Add another</source>
        <extracomment>A list field with no texts of its own above.</extracomment>
        <translation>Weiteren hinzufügen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <extracomment>A website field&apos;s placeholder where its declaration has none.</extracomment>
        <translation>z. B. www.example.com</translation>
    </message>
    <message>
        <source>Remove this language</source>
        <translation>Diese Sprache entfernen</translation>
    </message>
    <message>
        <source>zh, de, en…</source>
        <translation>zh, de, en…</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>{path}: encrypted, and its key is not in this computer&apos;s keychain: enter its passphrase (travel mode), or set OFFICE_DESK_PASSPHRASE</source>
        <extracomment>scrypt&apos;s cost: 2**15 x 8 x 1 takes about 0.1 s and 32 MiB, once per opening. The page cache of a connection to an encrypted file, in KiB (SQLite&apos;s default: 2 MiB). A passphrase shorter than this is refused when encrypting.</extracomment>
        <translation>{path}: verschlüsselt, und ihr Schlüssel ist nicht im Schlüsselbund dieses Computers: Geben Sie die Passphrase ein (Reisemodus) oder setzen Sie OFFICE_DESK_PASSPHRASE</translation>
    </message>
    <message>
        <source>{path}: the passphrase does not open this file (or the file is not an Office Desk database); nothing was changed</source>
        <translation>{path}: Die Passphrase öffnet diese Datei nicht (oder die Datei ist keine Office-Desk-Datenbank); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{path}: the key in this computer&apos;s keychain does not open this file; nothing was changed</source>
        <translation>{path}: Der Schlüssel im Schlüsselbund dieses Computers öffnet diese Datei nicht; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>this computer has no keychain Office Desk can use ({reason}); use travel mode (a passphrase) instead</source>
        <extracomment>Derived from a passphrase (travel mode) rather than kept in the keychain.</extracomment>
        <translation>dieser Computer hat keinen Schlüsselbund, den Office Desk nutzen kann ({reason}); verwenden Sie stattdessen den Reisemodus (eine Passphrase)</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <extracomment>Backups of the file re-encrypted with its new key, and those that could not be (their key is not at hand: made under a passphrase not given now).</extracomment>
        <translation>die Passphrase muss mindestens {count} Zeichen lang sein</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>die Passphrase darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>{path}: the file is not encrypted; nothing to do</source>
        <translation>{path}: Die Datei ist nicht verschlüsselt; nichts zu tun</translation>
    </message>
    <message>
        <source>{path}: the file is in use (Office Desk or another program has it open); close it there and try again; nothing was changed</source>
        <translation>{path}: Die Datei wird verwendet (Office Desk oder ein anderes Programm hat sie geöffnet); schließen Sie sie dort und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{path}: the converted copy failed its integrity check</source>
        <translation>{path}: Die umgewandelte Kopie hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>{path}: the converted copy&apos;s schema differs</source>
        <translation>{path}: Das Schema der umgewandelten Kopie weicht ab</translation>
    </message>
    <message>
        <source>{path}: the converted copy lost rows of {table}</source>
        <translation>{path}: In der umgewandelten Kopie fehlen Zeilen von {table}</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <source>Encryption of this file</source>
        <extracomment>convert(passphrase, decrypt) -&gt; whether the file was converted and opened again.</extracomment>
        <translation>Verschlüsselung dieser Datei</translation>
    </message>
    <message>
        <source>Use the &amp;keychain</source>
        <translation>&amp;Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>Travel &amp;mode (passphrase)…</source>
        <translation>&amp;Reisemodus (Passphrase)…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Entschlüsseln…</translation>
    </message>
    <message>
        <source>Encrypt with a random key kept in this computer&apos;s keychain: the file opens here without asking, and nowhere else</source>
        <translation>Mit einem Zufallsschlüssel verschlüsseln, der im Schlüsselbund dieses Computers liegt: Die Datei öffnet sich hier ohne Nachfrage und sonst nirgends</translation>
    </message>
    <message>
        <source>Encrypt with a key made from a passphrase and kept nowhere: the file opens only with the passphrase, on any computer</source>
        <translation>Mit einem Schlüssel verschlüsseln, der aus einer Passphrase gebildet und nirgends gespeichert wird: Die Datei öffnet sich nur mit der Passphrase, auf jedem Computer</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who copies the file or a backup of it can read every contact in it.</source>
        <translation>Nicht verschlüsselt: Wer die Datei oder eine Sicherung davon kopiert, kann jeden Kontakt darin lesen.</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher, AES-256). The key is in this computer&apos;s keychain: the file opens here without asking, and nowhere else.</source>
        <translation>Verschlüsselt (SQLCipher, AES-256). Der Schlüssel liegt im Schlüsselbund dieses Computers: Die Datei öffnet sich hier ohne Nachfrage und sonst nirgends.</translation>
    </message>
    <message>
        <source>Encrypted in travel mode: the file opens only with its passphrase, asked at every start; nothing is kept on this computer.</source>
        <translation>Im Reisemodus verschlüsselt: Die Datei öffnet sich nur mit ihrer Passphrase, die bei jedem Start abgefragt wird; auf diesem Computer wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Decrypt the file?</source>
        <translation>Datei entschlüsseln?</translation>
    </message>
    <message>
        <source>{file} will be stored unencrypted: anyone who copies it can read it. A backup of the encrypted file is kept.</source>
        <translation>{file} wird unverschlüsselt gespeichert: Wer die Datei kopiert, kann sie lesen. Eine Sicherung der verschlüsselten Datei wird aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved whole or not at all.</source>
        <translation>Etwas ist schiefgegangen. Ihre Daten sind sicher: Jede Änderung wird ganz oder gar nicht gespeichert.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>{rate} is not a number</source>
        <translation>{rate} ist keine Zahl</translation>
    </message>
    <message>
        <source>a rate from {base} to {quote} on {date} is already stored ({rate})</source>
        <translation>Ein Kurs von {base} nach {quote} am {date} ist bereits gespeichert ({rate})</translation>
    </message>
</context>
<context>
    <name>ExportCalendar</name>
    <message>
        <source>Kind: {kind}</source>
        <translation>Art: {kind}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Büro: {office}</translation>
    </message>
    <message>
        <source>Organizations: {names}</source>
        <translation>Organisationen: {names}</translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>Projekte: {titles}</translation>
    </message>
</context>
<context>
    <name>ExportVCard</name>
    <message>
        <source>Languages: {languages}</source>
        <translation>Sprachen: {languages}</translation>
    </message>
    <message>
        <source>Messaging: {messaging}</source>
        <translation>Messenger: {messaging}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Büro: {office}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>e.g. Wei</source>
        <translation>z. B. Wei</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>e.g. Zhang</source>
        <translation>z. B. Zhang</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>e.g. Dr., Prof. Dr., Dipl.-Ing.</source>
        <translation>z. B. Dr., Prof. Dr., Dipl.-Ing.</translation>
    </message>
    <message>
        <source>Shown before the name; Herr/Frau and the job title do not go here</source>
        <translation>Wird vor dem Namen gezeigt; Herr/Frau und die Stellenbezeichnung gehören nicht hierher</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Originalname</translation>
    </message>
    <message>
        <source>e.g. 张伟</source>
        <translation>z. B. 张伟</translation>
    </message>
    <message>
        <source>The name in its own script; search finds it by pinyin too</source>
        <translation>Der Name in seiner eigenen Schrift; die Suche findet ihn auch über Pinyin</translation>
    </message>
    <message>
        <source>Family name first (Zhang Wei)</source>
        <translation>Nachname zuerst (Zhang Wei)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>e.g. Head of international cooperation</source>
        <translation>z. B. Leitung internationale Zusammenarbeit</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>The office that owns the relationship</source>
        <translation>Das Büro, bei dem die Beziehung liegt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Language codes or names; several typed on one line become one entry each: “zh, de, en”, “zh; de” or “zh de en”</source>
        <translation>Sprachcodes oder -namen; mehrere in einer Zeile werden je ein Eintrag: „zh, de, en“, „zh; de“ oder „zh de en“</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Why we may keep this person&apos;s data (GDPR / PIPL)</source>
        <translation>Warum die Daten dieser Person gespeichert werden dürfen (DSGVO / PIPL)</translation>
    </message>
    <message>
        <source>Basis note</source>
        <translation>Vermerk zur Rechtsgrundlage</translation>
    </message>
    <message>
        <source>e.g. consent by e-mail, 2024-03-01</source>
        <translation>z. B. Einwilligung per E-Mail, 2024-03-01</translation>
    </message>
    <message>
        <source>Tags</source>
        <extracomment>The translation context of every field label (one label, one translation). The translation context of the per-kind phrases. How a typed cell of an export or report holds each value type. The schema revision that added the field&apos;s columns (&quot;&quot; = the first release): a package from an older Office Desk lacks them, and keeps the local value. Kinds whose lists show this kind&apos;s names (they change when it does).</extracomment>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Delegation visit to Dresden</source>
        <translation>z. B. Delegationsbesuch in Dresden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>e.g. Dresden-Jinan Contact Office</source>
        <translation>z. B. Kontaktbüro Dresden-Jinan</translation>
    </message>
    <message>
        <source>e.g. 德累斯顿-济南联络处</source>
        <translation>z. B. 德累斯顿-济南联络处</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Decimal degrees; for campuses and parks without a street address too</source>
        <translation>Dezimalgrad; auch für Campus-Gelände und Parks ohne Straßenadresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Partnerbüro</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>Partnerbüro</translation>
    </message>
    <message>
        <source>The twin office on the other side (e.g. the Jinan side of Dresden)</source>
        <translation>Das Gegenstück auf der anderen Seite (z. B. die Jinaner Seite von Dresden)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <source>e.g. Chemnitz University of Technology</source>
        <translation>z. B. Technische Universität Chemnitz</translation>
    </message>
    <message>
        <source>e.g. Technische Universität Chemnitz, 济南…</source>
        <translation>z. B. Technische Universität Chemnitz, 济南…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>e.g. automotive parts</source>
        <translation>z. B. Fahrzeugteile</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <source>{count} (estimated)</source>
        <translation>{count} (geschätzt)</translation>
    </message>
    <message>
        <source>e.g. R&amp;D centre of … in Jinan</source>
        <translation>z. B. F&amp;E-Zentrum von … in Jinan</translation>
    </message>
    <message>
        <source>Native title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Statusvermerk</translation>
    </message>
    <message>
        <source>Why on hold / dropped</source>
        <translation>Grund für Zurückstellung / Aufgabe</translation>
    </message>
    <message>
        <source>Facilitating office</source>
        <translation>Betreuendes Büro</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>e.g. Horizon Europe, ZIM</source>
        <translation>z. B. Horizont Europa, ZIM</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>In the currency it was signed in; reports convert with the rate of the signing date</source>
        <translation>In der Währung der Unterzeichnung; Berichte rechnen mit dem Wechselkurs des Unterzeichnungsdatums um</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Investor from</source>
        <translation>Investor aus</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>city or zone</source>
        <translation>Stadt oder Zone</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Geschaffene Arbeitsplätze</translation>
    </message>
    <message>
        <source>direct jobs</source>
        <translation>direkte Arbeitsplätze</translation>
    </message>
    <message>
        <source>The number of jobs is an estimate</source>
        <translation>Die Zahl der Arbeitsplätze ist geschätzt</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>Opened read-only: this file is open in another Office Desk window (process {pid}) that does not respond. Changes are turned off until it is closed there.</source>
        <extracomment>What a second instance sends to the owner, and what the owner answers. How long :meth:`FileGuard.claim` waits for the owner to answer. A lock file younger than this is never treated as abandoned (its owner may still be writing it). The same for a lock file that cannot be read (a crash or power cut while it was written; a file on a network share seen before its content). This window may write to the file (any previous claim of the guard is released). The file is open in another Office Desk window of this user on this machine, which was asked to come forward: do not open it here. The file is open elsewhere (another user, another machine, or an instance that does not answer): open it read-only, if at all. The holder&apos;s executable name as Qt records it (&quot;office-desk&quot;, &quot;python3.11&quot;). True when the holder answered the activation request (same user, same machine). The lock file&apos;s owner, where the system tells (&quot;&quot; when unknown).</extracomment>
        <translation>Schreibgeschützt geöffnet: Diese Datei ist in einem anderen Office-Desk-Fenster (Prozess {pid}) geöffnet, das nicht antwortet. Änderungen sind gesperrt, bis sie dort geschlossen wird.</translation>
    </message>
    <message>
        <source>Opened read-only: this file is open in Office Desk on {host} (process {pid}) by {user}. Changes are turned off until it is closed there.</source>
        <translation>Schreibgeschützt geöffnet: {user} hat diese Datei in Office Desk auf {host} (Prozess {pid}) geöffnet. Änderungen sind gesperrt, bis sie dort geschlossen wird.</translation>
    </message>
    <message>
        <source>Opened read-only: this file is open in Office Desk on {host} (process {pid}) by another user. Changes are turned off until it is closed there.</source>
        <translation>Schreibgeschützt geöffnet: Ein anderer Benutzer hat diese Datei in Office Desk auf {host} (Prozess {pid}) geöffnet. Änderungen sind gesperrt, bis sie dort geschlossen wird.</translation>
    </message>
    <message>
        <source>This file is already open in another Office Desk window; that window was brought to the front.</source>
        <translation>Diese Datei ist bereits in einem anderen Office-Desk-Fenster geöffnet; dieses Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>ForeignObjectsDialog</name>
    <message>
        <source>Not made by Office Desk</source>
        <translation>Nicht von Office Desk angelegt</translation>
    </message>
    <message>
        <source>Differs from Office Desk&apos;s own</source>
        <translation>Weicht von dem von Office Desk ab</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unknown Objects in {file}</source>
        <translation>Unbekannte Objekte in {file}</translation>
    </message>
    <message>
        <source>This file holds database objects that Office Desk did not make.</source>
        <translation>Diese Datei enthält Datenbankobjekte, die Office Desk nicht angelegt hat.</translation>
    </message>
    <message>
        <source>This file&apos;s database objects are not the ones Office Desk makes.</source>
        <translation>Die Datenbankobjekte dieser Datei sind nicht die, die Office Desk anlegt.</translation>
    </message>
    <message>
        <source>Objects like these act by themselves whenever records are saved: a trigger can rewrite e-mail addresses, for example, or copy every contact into a hidden table. Office Desk has not opened {file} and has not changed it.

If you did not add them yourself, ask whoever gave you the file.</source>
        <translation>Solche Objekte werden bei jedem Speichern von selbst aktiv: Ein Trigger kann zum Beispiel E-Mail-Adressen umschreiben oder jeden Kontakt in eine versteckte Tabelle kopieren. Office Desk hat {file} nicht geöffnet und nicht verändert.

Wenn Sie sie nicht selbst hinzugefügt haben, fragen Sie, wer Ihnen die Datei gegeben hat.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On table</source>
        <translation>Auf Tabelle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Its definition (SQL):</source>
        <translation>Seine Definition (SQL):</translation>
    </message>
    <message>
        <source>Remove them: Office Desk first saves a verified backup of the file as it is now (in {folder}), then removes the objects and opens the file.</source>
        <translation>Entfernen: Office Desk speichert zuerst eine geprüfte Sicherung der Datei im jetzigen Zustand (in {folder}), entfernt dann die Objekte und öffnet die Datei.</translation>
    </message>
    <message>
        <source>Remove them: Office Desk first saves a verified backup of the file as it is now (in {folder}), then removes the objects, puts its own back where one was changed or is missing, and opens the file.</source>
        <translation>Entfernen: Office Desk speichert zuerst eine geprüfte Sicherung der Datei im jetzigen Zustand (in {folder}), entfernt dann die Objekte, stellt seine eigenen dort wieder her, wo eines verändert wurde oder fehlt, und öffnet die Datei.</translation>
    </message>
    <message>
        <source>Back Up, &amp;Remove and Open</source>
        <translation>Sichern, &amp;entfernen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Open</source>
        <translation>&amp;Nicht öffnen</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>How it differs from Office Desk&apos;s own (SQL, - ours, + this file&apos;s):</source>
        <translation>Wie es von dem von Office Desk abweicht (SQL, - unseres, + das dieser Datei):</translation>
    </message>
    <message>
        <source>(made by SQLite)</source>
        <translation>(von SQLite angelegt)</translation>
    </message>
    <message>
        <source>Another user&apos;s Office Desk has the file open, so the objects cannot be removed now; the file was not opened. Try again once it is closed there.</source>
        <translation>Das Office Desk eines anderen Benutzers hat die Datei geöffnet, daher können die Objekte jetzt nicht entfernt werden; die Datei wurde nicht geöffnet. Versuchen Sie es erneut, sobald sie dort geschlossen ist.</translation>
    </message>
    <message>
        <source>Some of Office Desk&apos;s own tables are changed or missing; removing objects cannot put that right, so the file was not opened. Restore a backup of it, or ask whoever gave it to you.</source>
        <translation>Einige Tabellen von Office Desk sind verändert oder fehlen; das lässt sich durch Entfernen von Objekten nicht beheben, daher wurde die Datei nicht geöffnet. Stellen Sie eine Sicherung davon wieder her oder fragen Sie, wer Ihnen die Datei gegeben hat.</translation>
    </message>
    <message>
        <source>Removed the unknown objects from {file}; the file as it was is kept as {backup}.</source>
        <translation>Die unbekannten Objekte wurden aus {file} entfernt; die Datei im vorherigen Zustand ist als {backup} aufbewahrt.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>The objects were not removed and the file was not opened.

{error}</source>
        <translation>Die Objekte wurden nicht entfernt und die Datei wurde nicht geöffnet.

{error}</translation>
    </message>
    <message>
        <source>Backing up and cleaning {file}…</source>
        <translation>{file} wird gesichert und bereinigt…</translation>
    </message>
</context>
<context>
    <name>Gazetteer</name>
    <message>
        <source>{name}, {country} ({population} people; {latitude}, {longitude})</source>
        <extracomment>Places this size and up (about 69,000 of them): the index builds in about a second and a half on first use; the 1,000-people list (170,000 places) took five.</extracomment>
        <translation>{name}, {country} ({population} Einwohner; {latitude}, {longitude})</translation>
    </message>
</context>
<context>
    <name>ImportContacts</name>
    <message>
        <source>{count} new contacts</source>
        <translation>{count} neue Kontakte</translation>
    </message>
    <message>
        <source>{count} new organizations</source>
        <translation>{count} neue Organisationen</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>{count} zu aktualisieren</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>{count} with errors</source>
        <translation>{count} mit Fehlern</translation>
    </message>
    <message>
        <source>  {count} duplicate of an existing record or an earlier row: {details}</source>
        <translation>  {count} Duplikat eines vorhandenen Datensatzes oder einer früheren Zeile: {details}</translation>
    </message>
    <message>
        <source>  {count} duplicates of existing records or earlier rows: {details}</source>
        <translation>  {count} Duplikate vorhandener Datensätze oder früherer Zeilen: {details}</translation>
    </message>
    <message>
        <source>{count} identical</source>
        <translation>{count} identisch</translation>
    </message>
    <message>
        <source>{skipped} ({identical})</source>
        <translation>{skipped} ({identical})</translation>
    </message>
    <message>
        <source>{count} merged</source>
        <translation>{count} zusammengeführt</translation>
    </message>
    <message>
        <source>{count} created anyway</source>
        <translation>{count} trotzdem angelegt</translation>
    </message>
    <message>
        <source>  {count} new organization: {names}</source>
        <translation>  {count} neue Organisation: {names}</translation>
    </message>
    <message>
        <source>  {count} new tag: {names}</source>
        <translation>  {count} neues Schlagwort: {names}</translation>
    </message>
    <message>
        <source>  {count} new tags: {names}</source>
        <translation>  {count} neue Schlagwörter: {names}</translation>
    </message>
    <message>
        <source>    … and {count} more row with errors</source>
        <translation>    … und {count} weitere fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>  Office of the imported records: {office}</source>
        <translation>  Büro der importierten Datensätze: {office}</translation>
    </message>
    <message>
        <source>  {count} line is not {main} like the rest of the file; it was read as {encodings} (line {lines})</source>
        <translation>  {count} Zeile ist nicht {main} wie der Rest der Datei; sie wurde als {encodings} gelesen (Zeile {lines})</translation>
    </message>
    <message>
        <source>  {count} lines are not {main} like the rest of the file; they were read as {encodings} (lines {lines})</source>
        <translation>  {count} Zeilen sind nicht {main} wie der Rest der Datei; sie wurden als {encodings} gelesen (Zeilen {lines})</translation>
    </message>
    <message>
        <source>  {count} line is in an unclear encoding or does not fit the one chosen (line {lines}): its row is an error until you choose the file&apos;s encoding or leave it out</source>
        <translation>  {count} Zeile hat eine unklare Kodierung oder passt nicht zur gewählten (Zeile {lines}): Ihre Zeile ist fehlerhaft, bis Sie die Kodierung der Datei wählen oder sie auslassen</translation>
    </message>
    <message>
        <source>  {count} lines are in an unclear encoding or do not fit the one chosen (lines {lines}): their rows are errors until you choose the file&apos;s encoding or leave them out</source>
        <translation>  {count} Zeilen haben eine unklare Kodierung oder passen nicht zur gewählten (Zeilen {lines}): Ihre Zeilen sind fehlerhaft, bis Sie die Kodierung der Datei wählen oder sie auslassen</translation>
    </message>
    <message>
        <source>; try {encodings}</source>
        <translation>; versuchen Sie {encodings}</translation>
    </message>
    <message>
        <source>{count} row merged into others</source>
        <translation>{count} Zeile mit anderen zusammengeführt</translation>
    </message>
    <message>
        <source>{count} rows merged into others</source>
        <translation>{count} Zeilen mit anderen zusammengeführt</translation>
    </message>
    <message>
        <source> ({count} existing record updated)</source>
        <translation> ({count} vorhandener Datensatz aktualisiert)</translation>
    </message>
    <message>
        <source> ({count} existing records updated)</source>
        <translation> ({count} bestehende Datensätze aktualisiert)</translation>
    </message>
    <message>
        <source>{count} row skipped</source>
        <translation>{count} Zeile übersprungen</translation>
    </message>
    <message>
        <source>{count} rows skipped</source>
        <translation>{count} Zeilen übersprungen</translation>
    </message>
    <message>
        <source>{count} row with errors left out</source>
        <translation>{count} fehlerhafte Zeile ausgelassen</translation>
    </message>
    <message>
        <source>{count} rows with errors left out</source>
        <translation>{count} fehlerhafte Zeilen ausgelassen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} new organization</source>
        <translation>{count} neue Organisation</translation>
    </message>
    <message>
        <source>{source}: {count} row</source>
        <translation>{source}: {count} Zeile</translation>
    </message>
    <message>
        <source>{source}: {count} rows</source>
        <translation>{source}: {count} Zeilen</translation>
    </message>
    <message>
        <source>{count} new contact</source>
        <translation>{count} neuer Kontakt</translation>
    </message>
    <message>
        <source>{count} new tag</source>
        <translation>{count} neues Schlagwort</translation>
    </message>
    <message>
        <source>{count} new tags</source>
        <translation>{count} neue Schlagwörter</translation>
    </message>
    <message>
        <source>Imported: {parts}.</source>
        <translation>Importiert: {parts}.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <source>same name, no organization</source>
        <translation>gleicher Name, keine Organisation</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>, {layout} layout</source>
        <extracomment>The most characters of a row&apos;s name the dry run shows. The office chosen for the imported records (rows naming their own keep theirs). The tags the database had at the dry run, by :func:`.matching.tag_key`. How a text file was read: its encoding, the lines read in another one or unclear (:class:`.encodings.LineNote`), and encodings worth trying for those.</extracomment>
        <translation>, Layout {layout}</translation>
    </message>
    <message>
        <source>the office chosen for the import is not in the database (any more); choose another</source>
        <translation>Das für den Import gewählte Büro ist nicht (mehr) in der Datenbank; bitte ein anderes wählen</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source> ({how})</source>
        <translation> ({how})</translation>
    </message>
    <message>
        <source>    line {line}: {title} = {matches}</source>
        <translation>    Zeile {line}: {title} = {matches}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>  {count} new organizations: {names}</source>
        <translation>  {count} neue Organisationen: {names}</translation>
    </message>
    <message>
        <source>  Errors (these rows will be left out):</source>
        <translation>  Fehler (diese Zeilen werden ausgelassen):</translation>
    </message>
    <message>
        <source>  Errors:</source>
        <translation>  Fehler:</translation>
    </message>
    <message>
        <source>    … and {count} more rows with errors</source>
        <translation>    … und {count} weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>line {line}: {title}</source>
        <translation>Zeile {line}: {title}</translation>
    </message>
    <message>
        <source>the existing record</source>
        <translation>dem vorhandenen Datensatz</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>identical to {what}</source>
        <translation>identisch mit {what}</translation>
    </message>
    <message>
        <source>a merge adds: {fields}</source>
        <translation>Zusammenführen ergänzt: {fields}</translation>
    </message>
    <message>
        <source>a new record cannot be saved ({problem}); nothing was imported</source>
        <translation>Ein neuer Datensatz kann nicht gespeichert werden ({problem}); nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Contact lists (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;Excel (*.xlsx);;vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktlisten (*.csv *.txt *.xlsx *.vcf *.vcard);;CSV (*.csv *.txt);;Excel (*.xlsx);;vCard (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Mit vorhandenem zusammenführen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Import contacts or organizations</source>
        <translation>Kontakte oder Organisationen importieren</translation>
    </message>
    <message>
        <source>Choose a file: CSV, Excel or vCard.</source>
        <translation>Datei wählen: CSV, Excel oder vCard.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodierung der Datei</translation>
    </message>
    <message>
        <source>How the text of a CSV or vCard file is read. Automatic reads each line as its bytes show, and the check names the lines where that is unclear.</source>
        <translation>Wie der Text einer CSV- oder vCard-Datei gelesen wird. Automatisch liest jede Zeile so, wie ihre Bytes es zeigen, und die Prüfung nennt die Zeilen, bei denen das unklar ist.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation>Die Zeilen enthalten</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>Kontakte (Personen)</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Office of the imported records</source>
        <translation>Büro der importierten Datensätze</translation>
    </message>
    <message>
        <source>Every imported record goes to this office, unless its row names another. Merging only fills an empty office.</source>
        <translation>Jeder importierte Datensatz kommt zu diesem Büro, sofern seine Zeile kein anderes nennt. Beim Zusammenführen wird nur ein leeres Büro gefüllt.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Die Zeilen enthalten:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Büro:</translation>
    </message>
    <message>
        <source>Columns (change where a column should go):</source>
        <translation>Spalten (Zuordnung bei Bedarf ändern):</translation>
    </message>
    <message>
        <source>The first {count} rows as they will be read:</source>
        <translation>Die ersten {count} Zeilen, wie sie eingelesen werden:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Selected duplicates:</source>
        <translation>Ausgewählte Duplikate:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the rest</source>
        <translation>Zeilen mit Fehlern auslassen und den Rest importieren</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Check (dry run) &gt;</source>
        <translation>&amp;Prüfen (Probelauf) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Import a contact list</source>
        <translation>Kontaktliste importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{file} cannot be imported.

{error}</source>
        <translation>{file} kann nicht importiert werden.

{error}</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Das Lesen der Datei</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>encoding {name}</source>
        <translation>Kodierung {name}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>separator {name}</source>
        <translation>Trennzeichen {name}</translation>
    </message>
    <message>
        <source>{file}: {count} row ({how})</source>
        <translation>{file}: {count} Zeile ({how})</translation>
    </message>
    <message>
        <source>{file}: {count} rows ({how})</source>
        <translation>{file}: {count} Zeilen ({how})</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Feld für {column}</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(auslassen)</translation>
    </message>
    <message>
        <source>Choose the column that holds the name (or the given and family names) to go on.</source>
        <translation>Zum Fortfahren die Spalte mit dem Namen (oder mit Vor- und Nachnamen) wählen.</translation>
    </message>
    <message>
        <source>Recognised as {layout}&apos;s layout.</source>
        <translation>Als Format von {layout} erkannt.</translation>
    </message>
    <message>
        <source>Columns were matched by their names; check them.</source>
        <translation>Die Spalten wurden anhand ihrer Namen zugeordnet; bitte prüfen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>Prüfen: Zeile {done} von {total}…</translation>
    </message>
    <message>
        <source>Checking the rows (nothing is written)…</source>
        <translation>Zeilen werden geprüft (es wird nichts geschrieben)…</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>Die Prüfung</translation>
    </message>
    <message>
        <source>Rows with errors stop the import unless you leave them out below.</source>
        <translation>Zeilen mit Fehlern verhindern den Import, sofern sie unten nicht ausgelassen werden.</translation>
    </message>
    <message>
        <source>Read the file as {encoding}</source>
        <translation>Datei als {encoding} lesen</translation>
    </message>
    <message>
        <source>Choose the file&apos;s encoding…</source>
        <translation>Kodierung der Datei wählen…</translation>
    </message>
    <message>
        <source>After the import, Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Nach dem Import nimmt Bearbeiten ▸ Rückgängig (Strg+Z) den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>This import writes {count} records, more than Edit ▸ Undo can take back (up to {limit}): undoing it would keep the window frozen for a long time. A backup of the database is made just before the import; File ▸ Restore from Backup puts it back. What you did before the import can no longer be undone after it either.</source>
        <translation>Dieser Import schreibt {count} Datensätze, mehr als Bearbeiten ▸ Rückgängig zurücknehmen kann (bis {limit}): Das Zurücknehmen würde das Fenster lange blockieren. Unmittelbar vor dem Import wird eine Sicherung der Datenbank angelegt; Datei ▸ Aus Sicherung wiederherstellen stellt sie wieder her. Was Sie vor dem Import getan haben, lässt sich danach ebenfalls nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <source>Importing {done} of {total}…</source>
        <translation>Importieren: {done} von {total}…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Der Import</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>Bearbeiten ▸ Rückgängig (Strg+Z) nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>This import wrote {count} records, more than Edit ▸ Undo can take back (up to {limit}).</source>
        <translation>Dieser Import hat {count} Datensätze geschrieben, mehr als Bearbeiten ▸ Rückgängig zurücknehmen kann (bis {limit}).</translation>
    </message>
    <message>
        <source>To take it back, use File ▸ Restore from Backup and choose the backup made just before the import:
{path}</source>
        <translation>Um ihn zurückzunehmen, wählen Sie Datei ▸ Aus Sicherung wiederherstellen und die unmittelbar vor dem Import angelegte Sicherung:
{path}</translation>
    </message>
    <message>
        <source>{what} failed; nothing was written.

{error}</source>
        <translation>{what} ist fehlgeschlagen; es wurde nichts geschrieben.

{error}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Full name (split automatically)</source>
        <translation>Vollständiger Name (wird automatisch aufgeteilt)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name in native script (e.g. 张伟)</source>
        <translation>Name in Originalschrift (z. B. 张伟)</translation>
    </message>
    <message>
        <source>Family name first (yes/no)</source>
        <translation>Nachname zuerst (ja/nein)</translation>
    </message>
    <message>
        <source>Academic title (e.g. Dr., Prof.)</source>
        <translation>Akademischer Titel (z. B. Dr., Prof.)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Messaging (WeChat, Skype…)</source>
        <translation>Messenger (WeChat, Skype…)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Last contacted (date)</source>
        <translation>Letzter Kontakt (Datum)</translation>
    </message>
    <message>
        <source>Legal basis for keeping the data</source>
        <translation>Rechtsgrundlage der Datenspeicherung</translation>
    </message>
    <message>
        <source>Legal basis note</source>
        <translation>Anmerkung zur Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Tags (separated by ;)</source>
        <translation>Schlagwörter (durch ; getrennt)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Kind (company, university…)</source>
        <translation>Art (Unternehmen, Hochschule…)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>Spalte {column}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or password-protected workbook; save it as .xlsx or CSV and import that</source>
        <translation>eine alte Excel-Arbeitsmappe (.xls) oder eine passwortgeschützte Arbeitsmappe; bitte als .xlsx oder CSV speichern und diese Datei importieren</translation>
    </message>
    <message>
        <source>not an Excel workbook (an .xlsx file is a ZIP archive; this one is not, or it is damaged)</source>
        <translation>keine Excel-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv; diese nicht, oder sie ist beschädigt)</translation>
    </message>
    <message>
        <source>not a vCard file (it does not start with BEGIN:VCARD)</source>
        <translation>keine vCard-Datei (sie beginnt nicht mit BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>not a readable Excel workbook ({reason})</source>
        <extracomment>The most columns and rows a sheet can have (Excel&apos;s own limits, XFD and 1,048,576).</extracomment>
        <translation>keine lesbare Excel-Arbeitsmappe ({reason})</translation>
    </message>
    <message>
        <source>the workbook is damaged ({reason})</source>
        <translation>Die Arbeitsmappe ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>the workbook has more than {limit} parts; it is no contact list (or it is damaged)</source>
        <translation>Die Arbeitsmappe hat mehr als {limit} Teile; sie ist keine Kontaktliste (oder beschädigt)</translation>
    </message>
    <message>
        <source>a part of the workbook ({part}) would unpack to {size} MB, more than the {limit} MB a contact list may need</source>
        <translation>Ein Teil der Arbeitsmappe ({part}) würde auf {size} MB entpackt, mehr als die {limit} MB, die eine Kontaktliste brauchen kann</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>Die Arbeitsmappe enthält kein Tabellenblatt</translation>
    </message>
    <message>
        <source>row {row} has more cells than a sheet has columns</source>
        <translation>Zeile {row} hat mehr Zellen, als ein Tabellenblatt Spalten hat</translation>
    </message>
    <message>
        <source>the sheet spells out more than {limit} cells</source>
        <translation>Das Tabellenblatt führt mehr als {limit} Zellen auf</translation>
    </message>
    <message>
        <source>more than {limit} XML elements in one place</source>
        <translation>mehr als {limit} XML-Elemente an einer Stelle</translation>
    </message>
    <message>
        <source>{value} is not a row number</source>
        <translation>{value} ist keine Zeilennummer</translation>
    </message>
    <message>
        <source>the header reaches column {column}; a contact list can have at most {limit} columns</source>
        <translation>Die Kopfzeile reicht bis Spalte {column}; eine Kontaktliste kann höchstens {limit} Spalten haben</translation>
    </message>
    <message>
        <source>a value in a column without a header ({value})</source>
        <translation>ein Wert in einer Spalte ohne Überschrift ({value})</translation>
    </message>
    <message>
        <source>the first sheet is empty</source>
        <translation>Das erste Tabellenblatt ist leer</translation>
    </message>
    <message>
        <source>not a text file (it holds binary data)</source>
        <translation>keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>not valid {encoding} text</source>
        <translation>kein gültiger {encoding}-Text</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; missing?)</source>
        <translation>Eine Zelle in Anführungszeichen wird nie geschlossen (fehlt ein &quot;?)</translation>
    </message>
    <message>
        <source>a cell is longer than 131,072 characters (a quote never closed?)</source>
        <translation>Eine Zelle ist länger als 131.072 Zeichen (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>not a readable CSV file ({reason})</source>
        <translation>keine lesbare CSV-Datei ({reason})</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>Die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the row has {cells} cells but the header only {width} (a stray separator or quote?)</source>
        <translation>Die Zeile hat {cells} Zellen, die Kopfzeile aber nur {width} (ein überzähliges Trennzeichen oder Anführungszeichen?)</translation>
    </message>
    <message>
        <source>this vCard has no END:VCARD (the next one begins at line {line})</source>
        <extracomment>Lines Office Desk&apos;s own vCards put at the top of NOTE for fields vCard lacks.</extracomment>
        <translation>Diese vCard hat kein END:VCARD (die nächste beginnt in Zeile {line})</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside any vCard: {text}</source>
        <translation>Text außerhalb einer vCard: {text}</translation>
    </message>
    <message>
        <source>this vCard has no END:VCARD (the file is cut short?)</source>
        <translation>Diese vCard hat kein END:VCARD (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>no vCards in the file</source>
        <translation>keine vCards in der Datei</translation>
    </message>
    <message>
        <source>this vCard cannot be read ({reason})</source>
        <translation>Diese vCard kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <extracomment>A line read in another encoding than the file&apos;s (a note), one whose encoding is unclear, and one that is not valid in the encoding chosen (both errors). Encodings a user may choose, with the names people know them by (translate them in the &quot;ImportFiles&quot; context).</extracomment>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese, Simplified)</source>
        <translation>GB18030 (Chinesisch, vereinfacht)</translation>
    </message>
    <message>
        <source>Big5 (Chinese, Traditional)</source>
        <translation>Big5 (Chinesisch, traditionell)</translation>
    </message>
    <message>
        <source>Shift JIS (Japanese)</source>
        <translation>Shift JIS (Japanisch)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Mitteleuropa)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kyrillisch)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9)</source>
        <translation>ISO-8859-15 (Latin-9)</translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding this computer knows (e.g. utf-8, cp1252, gb18030)</source>
        <extracomment>Chinese punctuation, full-width forms, kana, circled and Roman numbers (all in GBK). The letters Windows-1252 has beyond ASCII, and the punctuation a Western text uses. Two or more letters outside ASCII: a whole word of them is no Western word (&quot;ÕÅÎ&quot;: Chinese read as 1252); the letter before is checked apart (a pattern that begins with a look behind is slow). A sign before a letter: a currency sign there (&quot;£ukasz&quot;) reads as no Western text, and another sign too if a letter is also before it (&quot;W¹s&quot; is Polish &quot;Wąs&quot; read as 1252). UTF-8 read as Windows-1252: the lead byte of a Latin letter (Ã for ü, Ä for ę, Å for ł) and a continuation byte, which reads as a sign (&quot;WeiÃŸ&quot;, &quot;Ä™&quot;, &quot;Å‚&quot;). How much of a file is looked at to tell its encoding (or whether it is text at all). What charset-normalizer may call Chinese text; all but Big5-HKSCS is read as GB18030, the superset.</extracomment>
        <translation>{encoding} ist keine Textkodierung, die dieser Computer kennt (z. B. utf-8, cp1252, gb18030)</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB ({size} MB); split it into smaller files and import them one after the other</source>
        <extracomment>The most lines of a text file (rows, the lines inside quoted cells, empty lines). The most cells (empty ones too) a workbook&apos;s sheet may spell out, and the most XML elements inside one cell or between two: past them it is no contact list.</extracomment>
        <translation>Die Datei ist größer als {limit} MB ({size} MB); teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files and import them one after the other</source>
        <translation>Die Datei hat mehr als {limit} Zeilen; teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander</translation>
    </message>
    <message>
        <source>the file has more than {limit} lines; split it into smaller files and import them one after the other</source>
        <translation>Die Datei hat mehr als {limit} Zeilen; teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander</translation>
    </message>
    <message>
        <source>the row has {columns} columns; a contact list can have at most {limit}</source>
        <translation>Die Zeile hat {columns} Spalten; eine Kontaktliste kann höchstens {limit} haben</translation>
    </message>
    <message>
        <source>the file has more than {limit} cells (rows × columns); split it into smaller files, or remove the columns you do not import</source>
        <translation>Die Datei hat mehr als {limit} Zellen (Zeilen × Spalten); teilen Sie sie in kleinere Dateien auf oder entfernen Sie die Spalten, die Sie nicht importieren</translation>
    </message>
    <message>
        <source>the row is longer than {limit} characters (a quote never closed, or not a contact list?)</source>
        <translation>Die Zeile ist länger als {limit} Zeichen (ein nie geschlossenes Anführungszeichen oder keine Kontaktliste?)</translation>
    </message>
</context>
<context>
    <name>ImportLayouts</name>
    <message>
        <source>unknown import target {target}; one of {targets}</source>
        <translation>unbekanntes Importziel {target}; möglich sind {targets}</translation>
    </message>
    <message>
        <source>column {column}: {key} is not a field of {target}; one of {fields}</source>
        <translation>Spalte {column}: {key} ist kein Feld von {target}; möglich sind {fields}</translation>
    </message>
    <message>
        <source>--map {pair}: {text} is not a field of {target}; the fields are {fields}</source>
        <extracomment>What a contact layout&apos;s columns mean when the rows are imported as organizations.</extracomment>
        <translation>--map {pair}: {text} ist kein Feld von {target}; die Felder sind {fields}</translation>
    </message>
    <message>
        <source>--map {text}: write it as --map &apos;Header=field&apos;</source>
        <translation>--map {text}: bitte als --map &apos;Überschrift=Feld&apos; schreiben</translation>
    </message>
    <message>
        <source>--map {text}: the file has no column {header}; its columns are {columns}</source>
        <translation>--map {text}: Die Datei hat keine Spalte {header}; ihre Spalten sind {columns}</translation>
    </message>
</context>
<context>
    <name>ImportMerge</name>
    <message>
        <source>native name</source>
        <extracomment>Fields a row carries that are not stored as such (the organization&apos;s name).</extracomment>
        <translation>Originalname</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>last contacted</source>
        <translation>zuletzt kontaktiert</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>legal basis note</source>
        <translation>Hinweis zur Rechtsgrundlage</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>akademischer Titel</translation>
    </message>
    <message>
        <source>{field}: keeps {kept} (the file says {said})</source>
        <translation>{field}: bleibt {kept} (in der Datei: {said})</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>{text} is not a country name or ISO code Office Desk knows (write it as a two-letter code, e.g. DE or CN)</source>
        <extracomment>Names people write that the ISO tables (in English, German and Chinese) do not have.</extracomment>
        <translation>{text} ist kein Ländername oder ISO-Code, den Office Desk kennt (bitte als Zwei-Buchstaben-Code angeben, z. B. DE oder CN)</translation>
    </message>
    <message>
        <source>{text} could be day/month or month/day; write the date as YYYY-MM-DD</source>
        <translation>{text} kann Tag/Monat oder Monat/Tag sein; bitte das Datum als JJJJ-MM-TT angeben</translation>
    </message>
    <message>
        <source>{text} is not a real date ({reason})</source>
        <translation>{text} ist kein gültiges Datum ({reason})</translation>
    </message>
    <message>
        <source>{text} is not a date (write it as YYYY-MM-DD)</source>
        <translation>{text} ist kein Datum (bitte als JJJJ-MM-TT angeben)</translation>
    </message>
    <message>
        <source>{text} is not yes or no</source>
        <translation>{text} ist weder Ja noch Nein</translation>
    </message>
    <message>
        <source>{text} is not one of: {allowed}</source>
        <translation>{text} ist keiner der Werte: {allowed}</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text} is impossible: {what} is {low} to {high}</source>
        <translation>{text} ist unmöglich: {what} liegt zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {message}</source>
        <translation>Zeile {line}, Spalte {column}: {message}</translation>
    </message>
    <message>
        <source>the tag {tag} is longer than {count} characters</source>
        <translation>Das Schlagwort {tag} ist länger als {count} Zeichen</translation>
    </message>
    <message>
        <source>no office here is called {name}; left empty</source>
        <translation>Kein Büro heißt {name}; leer gelassen</translation>
    </message>
    <message>
        <source>the organization&apos;s name has {length} characters; at most {limit} are allowed</source>
        <translation>Der Name der Organisation hat {length} Zeichen; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>no name ({columns} empty)</source>
        <translation>kein Name ({columns} leer)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>the title {title} is longer than {count} characters (is it the job title? map that column to Position)</source>
        <translation>Der Titel {title} ist länger als {count} Zeichen (ist es die Stellenbezeichnung? Dann diese Spalte Position zuordnen)</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>Bitte Breiten- und Längengrad angeben oder keines von beiden</translation>
    </message>
    <message>
        <source>as {encoding}: {text}</source>
        <translation>als {encoding}: {text}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>line {line} is not {main} like the rest of the file; it was read as {encoding}: {text}</source>
        <translation>Zeile {line} ist nicht {main} wie der Rest der Datei; sie wurde als {encoding} gelesen: {text}</translation>
    </message>
    <message>
        <source>line {line}: which encoding this line is in is unclear ({readings}); choose the file&apos;s encoding, or leave the row out</source>
        <translation>Zeile {line}: Die Kodierung dieser Zeile ist unklar ({readings}); wählen Sie die Kodierung der Datei oder lassen Sie die Zeile aus</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text; what cannot be read shows as �: {text}. Choose another encoding, or leave the row out</source>
        <translation>Zeile {line} ist kein gültiger {encoding}-Text; Unlesbares erscheint als �: {text}. Wählen Sie eine andere Kodierung oder lassen Sie die Zeile aus</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>records of the import were deleted or brought back since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <extracomment>The most records (created or changed) an import may write and still be undone from the undo stack: undo and redo run while the window waits, and at this size each takes about a second here (measured with 20,000 new contacts; see the tests). A larger import is taken back by restoring the backup made before it.</extracomment>
        <translation>Datensätze des Imports wurden seitdem gelöscht oder wiederhergestellt; nichts wurde geändert (Datei ▸ Aus Sicherung wiederherstellen enthält die vor dem Import angelegte Kopie)</translation>
    </message>
    <message>
        <source>a record the import merged into was deleted since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <translation>Ein Datensatz, in den der Import zusammengeführt hat, wurde seitdem gelöscht; nichts wurde geändert (Datei ▸ Aus Sicherung wiederherstellen enthält die vor dem Import angelegte Kopie)</translation>
    </message>
    <message>
        <source>a record the import merged into was edited since; nothing was changed (File ▸ Restore from Backup has the copy made before the import)</source>
        <translation>Ein Datensatz, in den der Import zusammengeführt hat, wurde seitdem bearbeitet; nichts wurde geändert (Datei ▸ Aus Sicherung wiederherstellen enthält die vor dem Import angelegte Kopie)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{count} contact</source>
        <translation>{count} Kontakt</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit contact – {title}</source>
        <translation>Kontakt bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add contact “{name}”</source>
        <translation>Kontakt „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>Kontakt „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>The contact was not saved.

{error}</source>
        <translation>Der Kontakt wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Select a person to see their details, projects and events.</source>
        <translation>Eine Person auswählen, um ihre Details, Projekte und Veranstaltungen zu sehen.</translation>
    </message>
    <message>
        <source>This contact has changes that are not saved. Discard them?</source>
        <translation>Dieser Kontakt hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>{count} project role</source>
        <translation>{count} Projektrolle</translation>
    </message>
    <message>
        <source>{count} project roles</source>
        <translation>{count} Projektrollen</translation>
    </message>
    <message>
        <source>{count} event participation</source>
        <translation>{count} Teilnahme an einer Veranstaltung</translation>
    </message>
    <message>
        <source>{count} event participations</source>
        <translation>{count} Teilnahmen an Veranstaltungen</translation>
    </message>
    <message>
        <source>{count} tag</source>
        <extracomment>A tag&apos;s links to the records it is on (a kind&apos;s links and references, which the delete question counts, are declared with the kind: core/kinds).</extracomment>
        <translation>{count} Schlagwort</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} Schlagwörter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>{count} event</source>
        <translation>{count} Veranstaltung</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} Veranstaltungen</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Edit event – {title}</source>
        <translation>Veranstaltung bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add event “{name}”</source>
        <translation>Veranstaltung „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit event “{name}”</source>
        <translation>Veranstaltung „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>The event was not saved.

{error}</source>
        <translation>Die Veranstaltung wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Select an event to see who took part.</source>
        <translation>Eine Veranstaltung auswählen, um die Teilnehmenden zu sehen.</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Discard them?</source>
        <translation>Diese Veranstaltung hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>{count} participating organization</source>
        <translation>{count} teilnehmende Organisation</translation>
    </message>
    <message>
        <source>{count} participating organizations</source>
        <translation>{count} teilnehmende Organisationen</translation>
    </message>
    <message>
        <source>{count} participant</source>
        <translation>{count} Teilnehmer/in</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} Teilnehmende</translation>
    </message>
    <message>
        <source>{count} link to a project</source>
        <translation>{count} Verknüpfung mit einem Projekt</translation>
    </message>
    <message>
        <source>{count} links to projects</source>
        <translation>{count} Verknüpfungen mit Projekten</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Büros</translation>
    </message>
    <message>
        <source>office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>Büros</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>{count} office</source>
        <translation>{count} Büro</translation>
    </message>
    <message>
        <source>{count} offices</source>
        <translation>{count} Büros</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Neues Büro</translation>
    </message>
    <message>
        <source>Edit office – {title}</source>
        <translation>Büro bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add office “{name}”</source>
        <translation>Büro „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit office “{name}”</source>
        <translation>Büro „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>The office was not saved.

{error}</source>
        <translation>Das Büro wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Select an office to see its details.</source>
        <translation>Ein Büro auswählen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>This office has changes that are not saved. Discard them?</source>
        <translation>Dieses Büro hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>{count} office names it as counterpart</source>
        <translation>{count} Büro führt es als Partnerbüro</translation>
    </message>
    <message>
        <source>{count} offices name it as counterpart</source>
        <translation>{count} Büros führen es als Partnerbüro</translation>
    </message>
    <message>
        <source>{count} organization is looked after by it</source>
        <translation>{count} Organisation wird von ihm betreut</translation>
    </message>
    <message>
        <source>{count} organizations are looked after by it</source>
        <translation>{count} Organisationen werden von ihm betreut</translation>
    </message>
    <message>
        <source>{count} contact belongs to it</source>
        <translation>{count} Kontakt gehört dazu</translation>
    </message>
    <message>
        <source>{count} contacts belong to it</source>
        <translation>{count} Kontakte gehören dazu</translation>
    </message>
    <message>
        <source>{count} project was facilitated by it</source>
        <translation>{count} Projekt wurde über es vermittelt</translation>
    </message>
    <message>
        <source>{count} projects were facilitated by it</source>
        <translation>{count} Projekte wurden über es vermittelt</translation>
    </message>
    <message>
        <source>{count} event belongs to it</source>
        <translation>{count} Veranstaltung gehört dazu</translation>
    </message>
    <message>
        <source>{count} events belong to it</source>
        <translation>{count} Veranstaltungen gehören dazu</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>{count} organization</source>
        <translation>{count} Organisation</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count} Organisationen</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>Edit organization – {title}</source>
        <translation>Organisation bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add organization “{name}”</source>
        <translation>Organisation „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit organization “{name}”</source>
        <translation>Organisation „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>The organization was not saved.

{error}</source>
        <translation>Die Organisation wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Select an organization to see who works there and what it is part of.</source>
        <translation>Eine Organisation auswählen, um zu sehen, wer dort arbeitet und wozu sie gehört.</translation>
    </message>
    <message>
        <source>This organization has changes that are not saved. Discard them?</source>
        <translation>Diese Organisation hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>{count} project partnership</source>
        <translation>{count} Projektpartnerschaft</translation>
    </message>
    <message>
        <source>{count} project partnerships</source>
        <translation>{count} Projektpartnerschaften</translation>
    </message>
    <message>
        <source>{count} contact works there</source>
        <translation>{count} Kontakt arbeitet dort</translation>
    </message>
    <message>
        <source>{count} contacts work there</source>
        <translation>{count} Kontakte arbeiten dort</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>{count} project</source>
        <translation>{count} Projekt</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} Projekte</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit project – {title}</source>
        <translation>Projekt bearbeiten – {title}</translation>
    </message>
    <message>
        <source>Add project “{name}”</source>
        <translation>Projekt „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit project “{name}”</source>
        <translation>Projekt „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>The project was not saved.

{error}</source>
        <translation>Das Projekt wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Select a project to see its partners, people and events.</source>
        <translation>Ein Projekt auswählen, um seine Partner, Personen und Veranstaltungen zu sehen.</translation>
    </message>
    <message>
        <source>This project has changes that are not saved. Discard them?</source>
        <translation>Dieses Projekt hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>{count} link to an event</source>
        <translation>{count} Verknüpfung mit einer Veranstaltung</translation>
    </message>
    <message>
        <source>{count} links to events</source>
        <translation>{count} Verknüpfungen mit Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>LinksField</name>
    <message>
        <source>{role}: {name}</source>
        <extracomment>the picker&apos;s placeholder: &quot;find a person to add…&quot; the add button&apos;s tooltip: &quot;Add this person&quot; the remove button&apos;s tooltip: &quot;Remove the selected person&quot;</extracomment>
        <translation>{role}: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <extracomment>The record kinds with a list page of their own, in sidebar order (the registry&apos;s). The pages that are not a kind&apos;s list, after the kinds.</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Office Desk databases (*.sqlite *.db *.officedesk);;All files (*)</source>
        <extracomment>Deleting more records than this runs in the background, with progress and Cancel.</extracomment>
        <translation>Datenbanken von Office Desk (*.sqlite *.db *.officedesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Office Desk</source>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Strg+{number})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu bar: each menu&apos;s title and its entries (commands, separators, submenus).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <extracomment>Every command, by name, in the order declared.</extracomment>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Network</source>
        <translation>Bei&amp;spielnetzwerk öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy / Backup…</source>
        <translation>&amp;Kopie speichern / Sicherung…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put the file back as one of its automatic backups was</source>
        <translation>Die Datei auf den Stand einer ihrer automatischen Sicherungen zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New Record…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Datensatz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use Office Desk, with a find box</source>
        <translation>Bedienung von Office Desk, mit Suchfeld</translation>
    </message>
    <message>
        <source>&amp;About Office Desk</source>
        <translation>&amp;Über Office Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Contacts or Organizations (CSV, Excel, vCard)…</source>
        <translation>&amp;Kontakte oder Organisationen (CSV, Excel, vCard)…</translation>
    </message>
    <message>
        <source>Import a contact list: a dry run shows new records, updates and duplicates first</source>
        <translation>Kontaktliste importieren: Ein Probelauf zeigt zuerst neue Datensätze, Aktualisierungen und Duplikate</translation>
    </message>
    <message>
        <source>&amp;Package from Another Office…</source>
        <translation>&amp;Paket von einem anderen Büro…</translation>
    </message>
    <message>
        <source>Merge another office&apos;s package: newer edits win, conflicts are listed</source>
        <translation>Paket eines anderen Büros zusammenführen: Neuere Änderungen haben Vorrang, Konflikte werden aufgelistet</translation>
    </message>
    <message>
        <source>This &amp;List (Excel or CSV)…</source>
        <translation>Diese &amp;Liste (Excel oder CSV)…</translation>
    </message>
    <message>
        <source>Export the list on screen, with its filter and order</source>
        <translation>Die angezeigte Liste exportieren, mit Filter und Sortierung</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCards…</source>
        <translation>Kontakte als &amp;vCards…</translation>
    </message>
    <message>
        <source>The contacts of the Contacts list (with its filter), for address books</source>
        <translation>Die Kontakte der Kontaktliste (mit ihrem Filter), für Adressbücher</translation>
    </message>
    <message>
        <source>Events as a &amp;Calendar (.ics)…</source>
        <translation>Veranstaltungen als &amp;Kalender (.ics)…</translation>
    </message>
    <message>
        <source>The events of the Events list (with its filter), for calendar apps</source>
        <translation>Die Veranstaltungen der Veranstaltungsliste (mit ihrem Filter), für Kalender-Apps</translation>
    </message>
    <message>
        <source>&amp;Package for Another Office…</source>
        <translation>&amp;Paket für ein anderes Büro…</translation>
    </message>
    <message>
        <source>The whole database as one file another office can merge</source>
        <translation>Die gesamte Datenbank als eine Datei, die ein anderes Büro zusammenführen kann</translation>
    </message>
    <message>
        <source>&amp;Personal Data</source>
        <translation>&amp;Personenbezogene Daten</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>{file} (read-only) – Office Desk</source>
        <translation>{file} (schreibgeschützt) – Office Desk</translation>
    </message>
    <message>
        <source>{file} – Office Desk</source>
        <translation>{file} – Office Desk</translation>
    </message>
    <message>
        <source>Daily backup made: {path}</source>
        <translation>Tägliche Sicherung erstellt: {path}</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {error}</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>Backing up {file}…</source>
        <translation>{file} wird gesichert…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was not restored; the file is as it was.

{error}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; die Datei ist unverändert.

{error}</translation>
    </message>
    <message>
        <source>Restored {file} from the backup {backup}. The file as it was before is kept as {safety}.</source>
        <translation>{file} wurde aus der Sicherung {backup} wiederhergestellt. Der vorherige Stand ist als {safety} aufbewahrt.</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nicht umgewandelt</translation>
    </message>
    <message>
        <source>The file was not converted; it is as it was.

{error}</source>
        <translation>Die Datei wurde nicht umgewandelt; sie ist unverändert.

{error}</translation>
    </message>
    <message>
        <source>{file} is now {state}. A backup of the file as it was is kept as {backup}.</source>
        <translation>{file} ist jetzt {state}. Eine Sicherung der Datei im vorherigen Zustand ist als {backup} aufbewahrt.</translation>
    </message>
    <message>
        <source>decrypted</source>
        <translation>entschlüsselt</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Updated with changes another program made to this file (undo history cleared)</source>
        <translation>Aktualisiert mit Änderungen, die ein anderes Programm an dieser Datei vorgenommen hat (Rückgängig-Verlauf geleert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.

Save them before Office Desk closes?</source>
        <translation>„{title}“ hat nicht gespeicherte Änderungen.

Vor dem Beenden von Office Desk speichern?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <extracomment>A file is open (again): (its AppContext, the Holder when it is read-only because another user&apos;s Office Desk has it, else None). The window shows it. The file could not be opened again: nothing is open any more. A line for the status bar, and how long to show it (milliseconds).</extracomment>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} wird geöffnet…</translation>
    </message>
    <message>
        <source>Open an Office Desk database</source>
        <translation>Datenbank von Office Desk öffnen</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it.</source>
        <translation>{path} existiert bereits. Einen neuen Namen wählen oder die Datei öffnen.</translation>
    </message>
    <message>
        <source>Opening the sample network…</source>
        <translation>Beispielnetzwerk wird geöffnet…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>{path} exists; choose a new name.</source>
        <translation>{path} existiert bereits; einen neuen Namen wählen.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wird gespeichert…</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>{what} löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted.

{error}</source>
        <translation>Es wurde nichts gelöscht.

{error}</translation>
    </message>
    <message>
        <source>Deleting {done} of {total}…</source>
        <translation>Löschen: {done} von {total}…</translation>
    </message>
    <message>
        <source>Also removed:</source>
        <translation>Ebenfalls entfernt:</translation>
    </message>
    <message>
        <source>Still pointing at it, left empty:</source>
        <translation>Verweisen darauf und bleiben leer:</translation>
    </message>
    <message>
        <source>Deleting {what}…</source>
        <translation>Löschen von {what}…</translation>
    </message>
    <message>
        <source>This file is open read-only: another user&apos;s Office Desk has it open.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Office Desk eines anderen Benutzers hat sie geöffnet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>That could not be undone.

{error}</source>
        <translation>Das ließ sich nicht rückgängig machen.

{error}</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>Mit Team-Server &amp;verbinden …</translation>
    </message>
    <message>
        <source>Share this file with your team&apos;s server: address, user and password</source>
        <translation>Diese Datei mit dem Server Ihres Teams teilen: Adresse, Benutzer und Passwort</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Send your changes to the team server and fetch your colleagues&apos;</source>
        <translation>Ihre Änderungen an den Team-Server senden und die Ihrer Kolleginnen und Kollegen holen</translation>
    </message>
    <message>
        <source>Con&amp;flicts…</source>
        <translation>&amp;Konflikte …</translation>
    </message>
    <message>
        <source>Edits a sync could not keep beside others: compare and choose</source>
        <translation>Änderungen, die ein Abgleich nicht nebeneinander behalten konnte: vergleichen und wählen</translation>
    </message>
    <message>
        <source>E&amp;xport Everything about This Person…</source>
        <extracomment>Every kind of record an erasure changes (the person, and what links to them).</extracomment>
        <translation>Alles über diese Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Everything kept about the selected contact, as a JSON file and a readable PDF</source>
        <translation>Alles, was über den ausgewählten Kontakt gespeichert ist, als JSON-Datei und lesbares PDF</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>Diese Person endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove every personal field of the selected contact for good</source>
        <translation>Alle personenbezogenen Felder des ausgewählten Kontakts endgültig entfernen</translation>
    </message>
    <message>
        <source>Data-Protection &amp;Review…</source>
        <translation>&amp;Datenschutzprüfung…</translation>
    </message>
    <message>
        <source>Contacts with no legal basis, or not contacted for years: keep or erase</source>
        <translation>Kontakte ohne Rechtsgrundlage oder seit Jahren nicht kontaktiert: behalten oder endgültig löschen</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map cannot be shown here.
{error}</source>
        <extracomment>Writes to these kinds of record change what the map shows. A marker was clicked: (kind, record id), kind one of office, organization, project. The user placed a pin after :meth:`pick_location`: (latitude, longitude). The page finished drawing the map after (re)loading.</extracomment>
        <translation>Die Karte kann hier nicht angezeigt werden.
{error}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>no exchange rate from {currency} to {target} on or before {date}</source>
        <translation>kein Wechselkurs von {currency} nach {target} am oder vor dem {date}</translation>
    </message>
    <message>
        <source>no exchange rate from {currency} to {target}</source>
        <translation>kein Wechselkurs von {currency} nach {target}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>amount, e.g. {example}</source>
        <translation>Betrag, z. B. {example}</translation>
    </message>
    <message>
        <source>Type the amount with {group} between thousands and {mark} before decimals, as in {example}</source>
        <translation>Geben Sie den Betrag mit {group} zwischen den Tausendern und {mark} vor den Dezimalstellen ein, wie in {example}</translation>
    </message>
    <message>
        <source>= {amount}</source>
        <translation>= {amount}</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>Offices</source>
        <extracomment>Layer names (English; shown through :func:`layer_name` in the current language).</extracomment>
        <translation>Büros</translation>
    </message>
    <message>
        <source>Links between offices</source>
        <translation>Verbindungen zwischen Büros</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source> · since {year}</source>
        <extracomment>Organizations are coloured by kind... ...and projects by stage, from a lead (grey) to completed (green). No filter: the whole network.</extracomment>
        <translation> · seit {year}</translation>
    </message>
    <message>
        <source>{status} office</source>
        <translation>Büro ({status})</translation>
    </message>
    <message>
        <source> · home office</source>
        <translation> · Heimatbüro</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>Partnerbüro: {name}</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Schwerpunkte: {areas}</translation>
    </message>
    <message>
        <source>Looked after by {office}</source>
        <translation>Betreut von {office}</translation>
    </message>
    <message>
        <source>{count} jobs</source>
        <translation>{count} Arbeitsplätze</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Büro: {office}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Home office</source>
        <translation>Heimatbüro</translation>
    </message>
    <message>
        <source>Counterpart offices</source>
        <translation>Partnerbüros</translation>
    </message>
    <message>
        <source>Tie to the home office</source>
        <translation>Verbindung zum Heimatbüro</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projekte nach Phase</translation>
    </message>
    <message>
        <source>{count} office has no coordinates</source>
        <translation>{count} Büro hat keine Koordinaten</translation>
    </message>
    <message>
        <source>{count} offices have no coordinates</source>
        <translation>{count} Büros haben keine Koordinaten</translation>
    </message>
    <message>
        <source>Base map: Natural Earth</source>
        <translation>Grundkarte: Natural Earth</translation>
    </message>
    <message>
        <source>Legend</source>
        <extracomment>Words the page shows itself (translated and escaped by :func:`page_options`).</extracomment>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Legende zeigen</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Legende ausblenden</translation>
    </message>
    <message>
        <source>Click the map to zoom with the wheel</source>
        <translation>In die Karte klicken, um mit dem Mausrad zu zoomen</translation>
    </message>
</context>
<context>
    <name>NetworkMapPage</name>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>Show only this office&apos;s network</source>
        <translation>Nur das Netzwerk dieses Büros anzeigen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Show only this country</source>
        <translation>Nur dieses Land anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Show only projects at this stage</source>
        <translation>Nur Projekte in dieser Phase anzeigen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>Show only organizations and projects of this sector</source>
        <translation>Nur Organisationen und Projekte dieser Branche anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Show only records with this tag</source>
        <translation>Nur Datensätze mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Street map when online</source>
        <translation>Straßenkarte, wenn online</translation>
    </message>
    <message>
        <source>Load map tiles (OpenStreetMap) when there is a network; every tile seen is kept for offline use. Off: only the built-in map of countries, which needs no network.</source>
        <translation>Kartenkacheln (OpenStreetMap) laden, wenn eine Netzverbindung besteht; jede angezeigte Kachel wird für die Offline-Nutzung gespeichert. Aus: nur die eingebaute Länderkarte, die ohne Netzverbindung auskommt.</translation>
    </message>
    <message>
        <source>Prepare for travel…</source>
        <translation>Für die Reise vorbereiten…</translation>
    </message>
    <message>
        <source>Keep the street map around an office for offline use</source>
        <translation>Die Straßenkarte rund um ein Büro für die Offline-Nutzung speichern</translation>
    </message>
    <message>
        <source>Import offline map…</source>
        <translation>Offline-Karte importieren…</translation>
    </message>
    <message>
        <source>Add an .mbtiles map file, usable without a network</source>
        <translation>Eine .mbtiles-Kartendatei hinzufügen, ohne Netzverbindung nutzbar</translation>
    </message>
    <message>
        <source>Offline maps</source>
        <translation>Offline-Karten</translation>
    </message>
    <message>
        <source>Street maps for use without a network</source>
        <translation>Straßenkarten für die Nutzung ohne Netz</translation>
    </message>
    <message>
        <source>Import an offline map</source>
        <translation>Offline-Karte importieren</translation>
    </message>
    <message>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>MBTiles-Karten (*.mbtiles);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import offline map</source>
        <translation>Offline-Karte importieren</translation>
    </message>
    <message>
        <source>“{name}” is now available on the map, offline.</source>
        <translation>„{name}“ ist jetzt offline auf der Karte verfügbar.</translation>
    </message>
</context>
<context>
    <name>NetworkMerge</name>
    <message>
        <source>added</source>
        <extracomment>What happened to incoming rows, in the order the summary shows them.</extracomment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>added as already deleted</source>
        <translation>als bereits gelöscht hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>erased at the person&apos;s request</source>
        <translation>auf Wunsch der Person endgültig gelöscht</translation>
    </message>
    <message>
        <source>kept local version</source>
        <translation>lokale Version beibehalten</translation>
    </message>
    <message>
        <source>kept erased</source>
        <translation>endgültig gelöscht belassen</translation>
    </message>
    <message>
        <source>not added (clash)</source>
        <translation>nicht hinzugefügt (Konflikt)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source> (office {office})</source>
        <translation> (Büro {office})</translation>
    </message>
    <message>
        <source>, not of the package&apos;s office</source>
        <translation>, nicht vom Büro des Pakets</translation>
    </message>
    <message>
        <source>kept the local version</source>
        <translation>lokale Version beibehalten</translation>
    </message>
    <message>
        <source>took the package&apos;s</source>
        <translation>Version aus dem Paket übernommen</translation>
    </message>
    <message>
        <source>{field}: here {mine}, package {theirs}</source>
        <translation>{field}: hier {mine}, im Paket {theirs}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>  nothing in the package</source>
        <translation>  nichts im Paket</translation>
    </message>
    <message>
        <source>{count} row of the package is refused and left out:</source>
        <translation>{count} Zeile des Pakets wird abgelehnt und ausgelassen:</translation>
    </message>
    <message>
        <source>{count} rows of the package are refused and left out:</source>
        <translation>{count} Zeilen des Pakets werden abgelehnt und ausgelassen:</translation>
    </message>
    <message>
        <source>The merge deletes {count} record here:</source>
        <translation>Die Zusammenführung löscht hier {count} Datensatz:</translation>
    </message>
    <message>
        <source>The merge deletes {count} records here:</source>
        <translation>Die Zusammenführung löscht hier {count} Datensätze:</translation>
    </message>
    <message>
        <source>{count} records differ between this database and the package:</source>
        <translation>{count} Datensätze unterscheiden sich zwischen dieser Datenbank und dem Paket:</translation>
    </message>
    <message>
        <source>{source}: the merge would delete {count} record ({others} not of the package&apos;s office); nothing was imported until that is confirmed</source>
        <translation>{source}: Die Zusammenführung würde {count} Datensatz löschen ({others} nicht vom Büro des Pakets); nichts wurde importiert, bis das bestätigt ist</translation>
    </message>
    <message>
        <source>{source}: the merge would delete {count} records ({others} not of the package&apos;s office); nothing was imported until that is confirmed</source>
        <translation>{source}: Die Zusammenführung würde {count} Datensätze löschen ({others} nicht vom Büro des Pakets); nichts wurde importiert, bis das bestätigt ist</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  … und {count} weitere</translation>
    </message>
    <message>
        <source>{source}: merge plan</source>
        <extracomment>A merge deleting more records than this needs the user&apos;s explicit word. The tables whose rows a user counts as records (links follow their records). Package rows left out: from the future, outside the package&apos;s office, or needing one of those. Live records here that the merge deletes. Who made the package (None: not recorded), when, and the line saying so. Who sealed and signed the package (None: a plain package), and whether this database trusts the key (:data:`.sealing.TRUSTED` or :data:`.sealing.FIRST_USE`; &quot;&quot; for a plain package). False: made without personal data (the contact details here stay as they are).</extracomment>
        <translation>{source}: Zusammenführungsplan</translation>
    </message>
    <message>
        <source>Warning: not sealed or signed, so nothing vouches for who made it (the line above is only its own claim) or that it was not changed on the way</source>
        <translation>Warnung: nicht versiegelt oder signiert; nichts bürgt also dafür, wer es erstellt hat (die Zeile darüber ist nur seine eigene Angabe) oder dass es unterwegs nicht verändert wurde</translation>
    </message>
    <message>
        <source>Sealed and signed with this computer&apos;s own key ({fingerprint})</source>
        <translation>Versiegelt und signiert mit dem eigenen Schlüssel dieses Computers ({fingerprint})</translation>
    </message>
    <message>
        <source>Sealed and signed by office {office} with the key trusted here for it ({fingerprint})</source>
        <translation>Versiegelt und signiert von Büro {office} mit dem hier für dieses Büro vertrauten Schlüssel ({fingerprint})</translation>
    </message>
    <message>
        <source>Signed by office {office} with a key not seen here before, fingerprint {fingerprint}: compare it with the office (by phone, say) before you trust it</source>
        <translation>Signiert von Büro {office} mit einem hier bisher unbekannten Schlüssel, Fingerabdruck {fingerprint}: Gleichen Sie ihn mit dem Büro ab (etwa telefonisch), bevor Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>Made without personal data: the contact details here stay as they are</source>
        <translation>Ohne personenbezogene Daten erstellt: Die Kontaktangaben hier bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>{source}: merged ({rows} rows written)</source>
        <translation>{source}: zusammengeführt ({rows} Zeilen geschrieben)</translation>
    </message>
    <message>
        <source>another live {table} here, {title}, has the same {columns}</source>
        <translation>ein anderer aktiver Datensatz ({table}) hier, {title}, hat dieselben Werte in {columns}</translation>
    </message>
    <message>
        <source>the version here is stamped {stamp}, more than a day ahead of this computer&apos;s clock</source>
        <translation>Die Version hier trägt den Zeitstempel {stamp}, mehr als einen Tag vor der Uhr dieses Computers</translation>
    </message>
    <message>
        <source>newer here</source>
        <translation>hier neuer</translation>
    </message>
    <message>
        <source>same time on both sides</source>
        <translation>gleicher Zeitpunkt auf beiden Seiten</translation>
    </message>
    <message>
        <source>its record was deleted</source>
        <translation>sein Datensatz wurde gelöscht</translation>
    </message>
    <message>
        <source>{source}: signed by office {office} with a key not seen here before (fingerprint {fingerprint}); nothing was imported until that key is trusted</source>
        <translation>{source}: von Büro {office} mit einem hier bisher unbekannten Schlüssel signiert (Fingerabdruck {fingerprint}); nichts wurde importiert, bis diesem Schlüssel vertraut wird</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>= {number}</source>
        <translation>= {number}</translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <source>in {n} day</source>
        <extracomment>How far away a day is: unit -&gt; (in 1, in n, 1 ago, n ago).</extracomment>
        <translation>in {n} Tag</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>in {n} Tagen</translation>
    </message>
    <message>
        <source>{n} day ago</source>
        <translation>vor {n} Tag</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>in {n} week</source>
        <translation>in {n} Woche</translation>
    </message>
    <message>
        <source>in {n} weeks</source>
        <translation>in {n} Wochen</translation>
    </message>
    <message>
        <source>{n} week ago</source>
        <translation>vor {n} Woche</translation>
    </message>
    <message>
        <source>{n} weeks ago</source>
        <translation>vor {n} Wochen</translation>
    </message>
    <message>
        <source>in {n} month</source>
        <translation>in {n} Monat</translation>
    </message>
    <message>
        <source>in {n} months</source>
        <translation>in {n} Monaten</translation>
    </message>
    <message>
        <source>{n} month ago</source>
        <translation>vor {n} Monat</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>vor {n} Monaten</translation>
    </message>
    <message>
        <source>in {n} year</source>
        <translation>in {n} Jahr</translation>
    </message>
    <message>
        <source>in {n} years</source>
        <translation>in {n} Jahren</translation>
    </message>
    <message>
        <source>{n} year ago</source>
        <translation>vor {n} Jahr</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>vor {n} Jahren</translation>
    </message>
    <message>
        <source>and {count} more project: see the project list filtered by this office.</source>
        <extracomment>&quot;and N more …&quot; under a shortened list: noun -&gt; (one more, several more).</extracomment>
        <translation>und {count} weiteres Projekt: siehe die nach diesem Büro gefilterte Projektliste.</translation>
    </message>
    <message>
        <source>and {count} more projects: see the project list filtered by this office.</source>
        <translation>und {count} weitere Projekte: siehe die nach diesem Büro gefilterte Projektliste.</translation>
    </message>
    <message>
        <source>and {count} more event: see the event list filtered by this office.</source>
        <translation>und {count} weitere Veranstaltung: siehe die nach diesem Büro gefilterte Veranstaltungsliste.</translation>
    </message>
    <message>
        <source>and {count} more events: see the event list filtered by this office.</source>
        <translation>und {count} weitere Veranstaltungen: siehe die nach diesem Büro gefilterte Veranstaltungsliste.</translation>
    </message>
    <message>
        <source>and {count} more contact: see the contact list filtered by this office.</source>
        <translation>und {count} weiterer Kontakt: siehe die nach diesem Büro gefilterte Kontaktliste.</translation>
    </message>
    <message>
        <source>and {count} more contacts: see the contact list filtered by this office.</source>
        <translation>und {count} weitere Kontakte: siehe die nach diesem Büro gefilterte Kontaktliste.</translation>
    </message>
    <message>
        <source>and {count} more organization: see the organization list filtered by this office.</source>
        <translation>und {count} weitere Organisation: siehe die nach diesem Büro gefilterte Organisationsliste.</translation>
    </message>
    <message>
        <source>and {count} more organizations: see the organization list filtered by this office.</source>
        <translation>und {count} weitere Organisationen: siehe die nach diesem Büro gefilterte Organisationsliste.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>No office selected</source>
        <extracomment>The office shown changed (an id, or None): e.g. to centre the map on it.</extracomment>
        <translation>Kein Büro ausgewählt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Investment signed</source>
        <translation>Unterzeichnete Investitionen</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projekte nach Phase</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Anstehende Veranstaltungen</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Veranstaltungen</translation>
    </message>
    <message>
        <source>Reaching the office</source>
        <translation>Erreichbarkeit des Büros</translation>
    </message>
    <message>
        <source>Organizations looked after</source>
        <translation>Betreute Organisationen</translation>
    </message>
    <message>
        <source>Select an office in the list to see its contacts, organizations, projects by stage, investment signed and its events.</source>
        <translation>Ein Büro in der Liste auswählen, um seine Kontakte, Organisationen, Projekte nach Phase, unterzeichneten Investitionen und Veranstaltungen zu sehen.</translation>
    </message>
    <message>
        <source>This office is no longer there</source>
        <translation>Dieses Büro gibt es nicht mehr</translation>
    </message>
    <message>
        <source>It was deleted (Edit ▸ Undo brings it back). Select another office in the list.</source>
        <translation>Es wurde gelöscht (Bearbeiten ▸ Rückgängig stellt es wieder her). Ein anderes Büro in der Liste auswählen.</translation>
    </message>
    <message>
        <source>Nothing planned: add an event for this office.</source>
        <translation>Nichts geplant: eine Veranstaltung für dieses Büro anlegen.</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Noch keine Veranstaltungen erfasst.</translation>
    </message>
    <message>
        <source>established {date}</source>
        <translation>gegründet {date}</translation>
    </message>
    <message>
        <source>counterpart: {office}</source>
        <translation>Partnerbüro: {office}</translation>
    </message>
    <message>
        <source>last contact {date}</source>
        <translation>letzter Kontakt {date}</translation>
    </message>
    <message>
        <source>{open} open · {completed} completed</source>
        <translation>{open} offen · {completed} abgeschlossen</translation>
    </message>
    <message>
        <source>{count} signed project</source>
        <translation>{count} unterzeichnetes Projekt</translation>
    </message>
    <message>
        <source>{count} signed projects</source>
        <translation>{count} unterzeichnete Projekte</translation>
    </message>
    <message>
        <source>{projects}, recorded as {amounts}</source>
        <translation>{projects}, erfasst als {amounts}</translation>
    </message>
    <message>
        <source>{amounts} not included: no exchange rate to {currency}</source>
        <translation>{amounts} nicht enthalten: kein Wechselkurs in {currency}</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Noch keine Projekte.</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>unterzeichnet {date}</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <source>No address, phone, e-mail or website recorded: edit the office to add them.</source>
        <translation>Keine Adresse, Telefonnummer, E-Mail oder Website erfasst: zum Ergänzen das Büro bearbeiten.</translation>
    </message>
    <message>
        <source>Contacts ({count})</source>
        <translation>Kontakte ({count})</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>No contacts belong to this office yet.</source>
        <translation>Diesem Büro sind noch keine Kontakte zugeordnet.</translation>
    </message>
    <message>
        <source>Organizations looked after ({count})</source>
        <translation>Betreute Organisationen ({count})</translation>
    </message>
    <message>
        <source>This office looks after no organizations yet.</source>
        <translation>Dieses Büro betreut noch keine Organisationen.</translation>
    </message>
</context>
<context>
    <name>OfficeLookup</name>
    <message>
        <source>{option} {name} fits {count} offices; say which:
{choices}</source>
        <translation>{option} {name} passt auf {count} Büros; bitte eines wählen:
{choices}</translation>
    </message>
    <message>
        <source>no office is called {name}; the offices are:
{choices}</source>
        <translation>Kein Büro heißt {name}; die Büros sind:
{choices}</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Nothing was changed.

{error}</source>
        <translation>Es wurde nichts geändert.

{error}</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>office {name}</source>
        <extracomment>What reading a damaged zip raises: damaged data (per compression method), an unknown compression method (NotImplementedError), an encrypted member (RuntimeError). Rows that leave out columns an older Office Desk did not have (see :data:`.codec.LATER_COLUMNS`): table → row id → those columns. Who made it; None for a package from an Office Desk that did not say. False: made without the contacts&apos; details (they are in :attr:`left_out`). Who sealed and signed it (None: a plain package, which nothing vouches for).</extracomment>
        <translation>Büro {name}</translation>
    </message>
    <message>
        <source>whole database</source>
        <translation>gesamte Datenbank</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Made {when}; who made it is not recorded (a package from an older Office Desk)</source>
        <translation>Erstellt {when}; wer es erstellt hat, ist nicht vermerkt (ein Paket aus einem älteren Office Desk)</translation>
    </message>
    <message>
        <source>an unnamed person</source>
        <translation>eine ungenannte Person</translation>
    </message>
    <message>
        <source>Made by {person} ({office}), {when}</source>
        <translation>Erstellt von {person} ({office}), {when}</translation>
    </message>
    <message>
        <source>Made by {person}, {when}</source>
        <translation>Erstellt von {person}, {when}</translation>
    </message>
    <message>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: a zip file without {member}; not an Office Desk package</source>
        <translation>{name}: eine ZIP-Datei ohne {member}; kein Office-Desk-Paket</translation>
    </message>
    <message>
        <source>{name}: damaged or incomplete zip file ({reason})</source>
        <translation>{name}: beschädigte oder unvollständige ZIP-Datei ({reason})</translation>
    </message>
    <message>
        <source>{source}: not UTF-8 text (byte {byte})</source>
        <translation>{source}: kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>{source}: not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>{source}: kein gültiges JSON in Zeile {line}, Spalte {column}: {reason}</translation>
    </message>
    <message>
        <source>{source}: not a package (nested too deeply)</source>
        <translation>{source}: kein Paket (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>{source}: not a package (a number too long to read)</source>
        <translation>{source}: kein Paket (eine Zahl ist zu lang zum Lesen)</translation>
    </message>
    <message>
        <source>{source}: not an Office Desk package (its format is {format})</source>
        <translation>{source}: kein Office-Desk-Paket (das Format ist {format})</translation>
    </message>
    <message>
        <source>{source}: not an Office Desk package</source>
        <translation>{source}: kein Office-Desk-Paket</translation>
    </message>
    <message>
        <source>{source}: package version {version} is not valid</source>
        <translation>{source}: Paketversion {version} ist ungültig</translation>
    </message>
    <message>
        <source>{source}: made by a newer Office Desk (package version {version}; this one reads version {supported}); update Office Desk to import it</source>
        <translation>{source}: mit einem neueren Office Desk erstellt (Paketversion {version}; diese Version liest Version {supported}); zum Importieren Office Desk aktualisieren</translation>
    </message>
    <message>
        <source>{source}: scope must be an object</source>
        <translation>{source}: „scope“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{source}: no &quot;tables&quot; object</source>
        <translation>{source}: kein „tables“-Objekt</translation>
    </message>
    <message>
        <source>{source}: unknown table {table}</source>
        <translation>{source}: unbekannte Tabelle {table}</translation>
    </message>
    <message>
        <source>{source}: table {table} must be a list of rows</source>
        <translation>{source}: Tabelle {table} muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>{source}: personal_data must be true or false</source>
        <translation>{source}: personal_data muss true oder false sein</translation>
    </message>
    <message>
        <source>{source}: contact {id}: {column}: the package says it holds no personal data, but this contact has it</source>
        <translation>{source}: Kontakt {id}: {column}: Laut Paket enthält es keine personenbezogenen Daten, dieser Kontakt hat aber welche</translation>
    </message>
    <message>
        <source>{source}: made_by must be an object</source>
        <translation>{source}: made_by muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{source}: made_by.{key} must be text of at most {limit} characters</source>
        <translation>{source}: made_by.{key} muss Text mit höchstens {limit} Zeichen sein</translation>
    </message>
    <message>
        <source> (the package comes from a newer Office Desk, schema {schema})</source>
        <translation> (das Paket stammt aus einem neueren Office Desk, Schema {schema})</translation>
    </message>
    <message>
        <source>{source}: {table} row {number}</source>
        <translation>{source}: {table} Zeile {number}</translation>
    </message>
    <message>
        <source>{where}: a row must be an object</source>
        <translation>{where}: Eine Zeile muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{where}: the id appears twice (also in {table})</source>
        <translation>{where}: Die ID kommt doppelt vor (auch in {table})</translation>
    </message>
    <message>
        <source>a tag link must point at exactly one record</source>
        <translation>Eine Schlagwort-Verknüpfung muss auf genau einen Datensatz verweisen</translation>
    </message>
    <message>
        <source>{source}: {table} {id}: same {columns} as live {table} {owner}</source>
        <extracomment>The columns that name a record to a user, by table.</extracomment>
        <translation>{source}: {table} {id}: gleiche {columns} wie bestehendes {table} {owner}</translation>
    </message>
    <message>
        <source>{source}: {table} {id} has the id of a local {other}; the package does not belong with this database</source>
        <extracomment>The columns that say when something happened to a row. Link tables and, per column, the table the link&apos;s end is in. Every reference column of every table (links, counterpart, office, organization). Stamps after this are from the future. Contacts erased here that the package holds un-erased (they stay erased).</extracomment>
        <translation>{source}: {table} {id} hat die ID eines lokalen {other}; das Paket gehört nicht zu dieser Datenbank</translation>
    </message>
    <message>
        <source>{column} is {stamp}, more than a day ahead of this computer&apos;s clock ({now})</source>
        <translation>{column} ist {stamp}, mehr als einen Tag vor der Uhr dieses Computers ({now})</translation>
    </message>
    <message>
        <source>needs {table} {id}, which is refused</source>
        <translation>braucht {table} {id}, das abgelehnt ist</translation>
    </message>
    <message>
        <source>{source}: {table} {id}: {column} {value} is neither in the package nor in this database</source>
        <translation>{source}: {table} {id}: {column} {value} ist weder im Paket noch in dieser Datenbank vorhanden</translation>
    </message>
    <message>
        <source>{source}: after the merge, office {name} would name {twin} as its counterpart, but not the other way round; make the two offices name each other in both copies, then import again</source>
        <translation>{source}: Nach dem Zusammenführen würde das Büro {name} {twin} als Gegenstelle nennen, aber nicht umgekehrt; lassen Sie die beiden Büros sich in beiden Kopien gegenseitig nennen und importieren Sie dann erneut</translation>
    </message>
    <message>
        <source>{value} is out of range in UTC</source>
        <extracomment>A row as Python values, column name -&gt; value (UUID, datetime, Decimal, list...). Columns that say when a row was written, not what it says. The most digits a decimal may have before, and after, the decimal point. The most characters a text column holds, as the model declares (None: no limit). The tables of the record kinds, in the registry&apos;s order (which puts the kinds that others point at first: offices, organizations, then contacts...), and their kinds. Every table in the order rows are written: parents before the links that join them. Columns added since the first released schema, which a package from an older Office Desk does not have. Such a package cannot know them: a row that leaves one out keeps the local value when it updates a record (it never clears it), and a new record takes the column&apos;s default. (Other columns left out take their default.)</extracomment>
        <translation>{value} liegt in UTC außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>{value} is out of range (at most {digits} digits before and after the decimal point)</source>
        <translation>{value} liegt außerhalb des Bereichs (höchstens {digits} Stellen vor und nach dem Komma)</translation>
    </message>
    <message>
        <source>{count} characters long; at most {limit} are allowed</source>
        <translation>{count} Zeichen lang; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>{name}: {what}; this is more than a package from Office Desk holds (a damaged or hostile file), so nothing was imported</source>
        <extracomment>The end-of-central-directory record is 22 bytes, plus a comment of up to 65,535. About 2.5 times the package of a network of 175,000 records (98 MB of JSON, read in 17 s into 0.9 GB of memory); a hundred times compressed is 12 times what real packages reach.</extracomment>
        <translation>{name}: {what}; das ist mehr, als ein Paket von Office Desk enthält (eine beschädigte oder feindselige Datei), daher wurde nichts importiert</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes</source>
        <translation>Die Datei ist größer als {limit} Byte</translation>
    </message>
    <message>
        <source>the zip file lists {count} members (at most {limit} are read)</source>
        <translation>Die ZIP-Datei führt {count} Einträge auf (höchstens {limit} werden gelesen)</translation>
    </message>
    <message>
        <source>{member} would unpack to {size} bytes (at most {limit} are read)</source>
        <translation>{member} würde auf {size} Byte entpackt (höchstens {limit} werden gelesen)</translation>
    </message>
    <message>
        <source>{member} would unpack to {size} bytes from {packed}, more than {ratio} times its packed size</source>
        <translation>{member} würde aus {packed} auf {size} Byte entpackt, mehr als das {ratio}-Fache der gepackten Größe</translation>
    </message>
    <message>
        <source>its members would unpack to {size} bytes together (at most {limit} are read)</source>
        <translation>Ihre Einträge würden zusammen auf {size} Byte entpackt (höchstens {limit} werden gelesen)</translation>
    </message>
    <message>
        <source>{member} unpacks to more than {limit} bytes</source>
        <translation>{member} wird auf mehr als {limit} Byte entpackt</translation>
    </message>
    <message>
        <source>no office</source>
        <extracomment>Tables whose records belong to an office through their ``office_id``. Link tables: the column and table of the record that owns the link. The links&apos; other ends that are rows the office&apos;s records refer to.</extracomment>
        <translation>kein Büro</translation>
    </message>
    <message>
        <source>neither a record of office {office} nor one its records refer to</source>
        <translation>weder ein Datensatz des Büros {office} noch einer, auf den dessen Datensätze verweisen</translation>
    </message>
    <message>
        <source>would move it from office {here} to office {there}</source>
        <translation>würde ihn vom Büro {here} zum Büro {there} verschieben</translation>
    </message>
    <message>
        <source>belongs to office {office}</source>
        <translation>gehört zum Büro {office}</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Include &amp;personal data</source>
        <translation>&amp;Personenbezogene Daten einschließen</translation>
    </message>
    <message>
        <source>Contacts&apos; e-mails, phones, messaging handles and notes. Without them, names, offices and projects still travel, and the receiving office keeps the details it has.</source>
        <translation>E-Mail-Adressen, Telefonnummern, Messenger-Kennungen und Notizen der Kontakte. Ohne sie werden Namen, Büros und Projekte trotzdem übertragen, und das empfangende Büro behält die Angaben, die es hat.</translation>
    </message>
    <message>
        <source>&amp;Seal to these offices:</source>
        <translation>Für diese Büros &amp;versiegeln:</translation>
    </message>
    <message>
        <source>{office} (key {fingerprint})</source>
        <translation>{office} (Schlüssel {fingerprint})</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>To seal packages, choose the office this computer speaks for in Settings, Package keys. This package will not be sealed: anyone who gets the file can read it.</source>
        <translation>Um Pakete zu versiegeln, wählen Sie unter Einstellungen, Paketschlüssel das Büro, das dieser Computer vertritt. Dieses Paket wird nicht versiegelt: Wer die Datei erhält, kann sie lesen.</translation>
    </message>
    <message>
        <source>No office&apos;s key is trusted here yet (Settings, Package keys), so this package will not be sealed: anyone who gets the file can read it.</source>
        <translation>Hier wird noch keinem Büroschlüssel vertraut (Einstellungen, Paketschlüssel), daher wird dieses Paket nicht versiegelt: Wer die Datei erhält, kann sie lesen.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it, and nothing shows who made it. Tick the offices it is for to seal and sign it.</source>
        <translation>Nicht versiegelt: Wer die Datei erhält, kann sie lesen, und nichts belegt, wer sie erstellt hat. Haken Sie die Empfängerbüros an, um das Paket zu versiegeln und zu signieren.</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked and headquarters ({hq}, with its recovery key) can open it; it is signed with this computer&apos;s key.</source>
        <translation>Versiegelt: Nur die angehakten Büros und die Zentrale ({hq}, mit ihrem Wiederherstellungsschlüssel) können es öffnen; es ist mit dem Schlüssel dieses Computers signiert.</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked can open it. Headquarters ({hq}) has no key here, so it cannot.</source>
        <translation>Versiegelt: Nur die angehakten Büros können es öffnen. Von der Zentrale ({hq}) gibt es hier keinen Schlüssel, daher kann sie es nicht.</translation>
    </message>
    <message>
        <source>Sealed: only the offices ticked can open it; it is signed with this computer&apos;s key.</source>
        <translation>Versiegelt: Nur die angehakten Büros können es öffnen; es ist mit dem Schlüssel dieses Computers signiert.</translation>
    </message>
</context>
<context>
    <name>PackageKeysPanel</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Packages made here are signed in this office&apos;s name</source>
        <translation>Hier erstellte Pakete werden im Namen dieses Büros signiert</translation>
    </message>
    <message>
        <source>Every sealed package is also sealed to headquarters&apos; key, so headquarters can always open it (the recovery key)</source>
        <translation>Jedes versiegelte Paket wird auch für den Schlüssel der Zentrale versiegelt, sodass die Zentrale es immer öffnen kann (der Wiederherstellungsschlüssel)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Speaks for &amp;office:</source>
        <translation>Vertritt das &amp;Büro:</translation>
    </message>
    <message>
        <source>&amp;Headquarters:</source>
        <translation>&amp;Zentrale:</translation>
    </message>
    <message>
        <source>Your office key:</source>
        <translation>Ihr Büroschlüssel:</translation>
    </message>
    <message>
        <source>Offices&apos; keys trusted here</source>
        <translation>Hier vertraute Büroschlüssel</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Paste a colleague&apos;s office key here</source>
        <translation>Büroschlüssel einer Kollegin oder eines Kollegen hier einfügen</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Diesem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Open a database to manage package keys.</source>
        <translation>Öffnen Sie eine Datenbank, um Paketschlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Choose the office this computer speaks for to get its office key.</source>
        <translation>Wählen Sie das Büro, das dieser Computer vertritt, um seinen Büroschlüssel zu erhalten.</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: send the key to colleagues, and read them the fingerprint on the phone.</source>
        <translation>Fingerabdruck {fingerprint}: Senden Sie den Schlüssel an Ihre Kolleginnen und Kollegen und lesen Sie ihnen den Fingerabdruck am Telefon vor.</translation>
    </message>
    <message>
        <source>(not in this database)</source>
        <translation>(nicht in dieser Datenbank)</translation>
    </message>
    <message>
        <source>This database has no office with id {id}.</source>
        <translation>Diese Datenbank hat kein Büro mit der ID {id}.</translation>
    </message>
    <message>
        <source>The key of {office}, fingerprint {fingerprint}: trust it only if the office reads you the same fingerprint.</source>
        <translation>Der Schlüssel von {office}, Fingerabdruck {fingerprint}: Vertrauen Sie ihm nur, wenn das Büro Ihnen denselben Fingerabdruck vorliest.</translation>
    </message>
    <message>
        <source>Package keys</source>
        <translation>Paketschlüssel</translation>
    </message>
    <message>
        <source>Nothing was changed.

{error}</source>
        <translation>Es wurde nichts geändert.

{error}</translation>
    </message>
    <message>
        <source>Replace the office&apos;s key?</source>
        <translation>Schlüssel des Büros ersetzen?</translation>
    </message>
    <message>
        <source>{office} already has another key here (fingerprint {old}).

Replace it with {new} only if the office told you it made a new key; otherwise someone else may be posing as it.</source>
        <translation>{office} hat hier bereits einen anderen Schlüssel (Fingerabdruck {old}).

Ersetzen Sie ihn nur dann durch {new}, wenn das Büro Ihnen gesagt hat, dass es einen neuen Schlüssel erstellt hat; andernfalls gibt sich womöglich jemand anderes als dieses Büro aus.</translation>
    </message>
    <message>
        <source>Remove the key?</source>
        <translation>Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Remove the key of {office}? Packages cannot be sealed to it any more, and its next package asks again whether to trust its key.</source>
        <translation>Den Schlüssel von {office} entfernen? Pakete können dann nicht mehr für dieses Büro versiegelt werden, und bei seinem nächsten Paket wird erneut gefragt, ob seinem Schlüssel vertraut werden soll.</translation>
    </message>
</context>
<context>
    <name>PackageMergeDialog</name>
    <message>
        <source>tag</source>
        <extracomment>The other tables a conflict can be about that the user knows by a name (other tables, such as the links between records, are shown by their name).</extracomment>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>exchange_rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>{file} zusammenführen</translation>
    </message>
    <message>
        <source>Yes, delete this record here</source>
        <translation>Ja, diesen Datensatz hier löschen</translation>
    </message>
    <message>
        <source>Yes, delete these {count} records here</source>
        <translation>Ja, diese {count} Datensätze hier löschen</translation>
    </message>
    <message>
        <source>This merge deletes a record that is not of the office the package comes from. Check the list, then confirm or cancel.</source>
        <translation>Diese Zusammenführung löscht einen Datensatz, der nicht zum Büro gehört, von dem das Paket kommt. Prüfen Sie die Liste und bestätigen Sie dann oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>This merge deletes {count} records that are not of the office the package comes from. Check the list, then confirm or cancel.</source>
        <translation>Diese Zusammenführung löscht {count} Datensätze, die nicht zum Büro gehören, von dem das Paket kommt. Prüfen Sie die Liste und bestätigen Sie dann oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>This merge deletes more than a few records here. Check the list, then confirm or cancel.</source>
        <translation>Diese Zusammenführung löscht hier mehr als nur einige Datensätze. Prüfen Sie die Liste und bestätigen Sie dann oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Trust this key for office {office}: fingerprint {fingerprint}</source>
        <translation>Diesem Schlüssel für Büro {office} vertrauen: Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <source>Made without personal data: the contact details here stay as they are.</source>
        <translation>Ohne personenbezogene Daten erstellt: Die Kontaktangaben hier bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>not the package&apos;s office&apos;s</source>
        <translation>nicht vom Büro des Pakets</translation>
    </message>
    <message>
        <source>Deleted here ({count})</source>
        <translation>Hier gelöscht ({count})</translation>
    </message>
    <message>
        <source>Package row</source>
        <translation>Zeile des Pakets</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Warum sie ausgelassen wird</translation>
    </message>
    <message>
        <source>Refused ({count})</source>
        <translation>Abgelehnt ({count})</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>Datensatz / Feld</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Bei uns</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>aus dem Paket</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <source>{count} record differs on both sides. The newer edit is kept; the other side&apos;s values are listed here so you can carry anything over by hand.</source>
        <translation>{count} Datensatz unterscheidet sich auf beiden Seiten. Die neuere Änderung wird behalten; die Werte der anderen Seite sind hier aufgeführt, damit Sie Einzelnes von Hand übernehmen können.</translation>
    </message>
    <message>
        <source>Differences ({count})</source>
        <translation>Unterschiede ({count})</translation>
    </message>
    <message>
        <source>No conflicting edits.</source>
        <translation>Keine widersprüchlichen Änderungen.</translation>
    </message>
    <message>
        <source>{count} records differ on both sides. The newer edit is kept; the other side&apos;s values are listed here so you can carry anything over by hand.</source>
        <translation>{count} Datensätze wurden auf beiden Seiten unterschiedlich geändert. Die neuere Änderung wird behalten; die Werte der anderen Seite stehen hier, damit sich Einzelnes von Hand übernehmen lässt.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{file} is encrypted in travel mode (or its key is not in this computer&apos;s keychain). Enter its passphrase to open it.</source>
        <translation>{file} ist im Reisemodus verschlüsselt (oder ihr Schlüssel ist nicht im Schlüsselbund dieses Computers). Geben Sie die Passphrase ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Try again.</source>
        <translation>Diese Passphrase öffnet die Datei nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a passphrase for {file}. It opens the file on any computer; nothing is kept on this one, so Office Desk asks for it at every start. A forgotten passphrase cannot be recovered: the data would be lost.</source>
        <translation>Wählen Sie eine Passphrase für {file}. Sie öffnet die Datei auf jedem Computer; auf diesem wird nichts gespeichert, daher fragt Office Desk bei jedem Start danach. Eine vergessene Passphrase lässt sich nicht wiederherstellen: Die Daten wären verloren.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>{path}: the PDF could not be written ({reason})</source>
        <translation>{path}: Das PDF konnte nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Wrote {json} and {pdf}: everything kept about {name}.</source>
        <translation>{json} und {pdf} geschrieben: alles, was über {name} gespeichert ist.</translation>
    </message>
    <message>
        <source>not erased: erasing cannot be undone, and there is no terminal to ask on; pass --yes to erase {name} without asking</source>
        <translation>nicht gelöscht: Endgültiges Löschen lässt sich nicht rückgängig machen, und es gibt kein Terminal für die Rückfrage; geben Sie --yes an, um {name} ohne Rückfrage endgültig zu löschen</translation>
    </message>
    <message>
        <source>Erase {name} ({id}) for good? Every personal field, {links} links to projects, events and tags, and the search index&apos;s entry are removed. This cannot be undone.</source>
        <translation>{name} ({id}) endgültig löschen? Alle personenbezogenen Felder, {links} Verknüpfungen mit Projekten, Veranstaltungen und Schlagwörtern sowie der Eintrag im Suchindex werden entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type yes to erase: </source>
        <translation>Zum endgültigen Löschen „ja“ eingeben: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not erased; nothing was changed.</source>
        <translation>Nicht gelöscht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Erased {name} ({id}): every personal field is removed, {links} links are closed and the search index forgets them. The erasure log ({log}) lists the id, so restoring an older backup erases them again; the erasure reaches other copies through sync and packages.</source>
        <translation>{name} ({id}) endgültig gelöscht: Alle personenbezogenen Felder sind entfernt, {links} Verknüpfungen sind geschlossen, und der Suchindex hat die Person vergessen. Das Löschprotokoll ({log}) führt die ID, sodass die Person beim Wiederherstellen einer älteren Sicherung erneut gelöscht wird; über Abgleich und Pakete erreicht die Löschung auch andere Kopien.</translation>
    </message>
    <message>
        <source>{count} backup made since the person was added still holds them until it is pruned.</source>
        <translation>{count} seit dem Hinzufügen der Person erstellte Sicherung enthält sie noch, bis sie automatisch entfernt wird.</translation>
    </message>
    <message>
        <source>{count} backups made since the person was added still hold them until they are pruned.</source>
        <translation>{count} seit dem Hinzufügen der Person erstellte Sicherungen enthalten sie noch, bis sie automatisch entfernt werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{count} contact to review</source>
        <translation>{count} Kontakt zu prüfen</translation>
    </message>
    <message>
        <source>{count} contacts to review</source>
        <translation>{count} Kontakte zu prüfen</translation>
    </message>
    <message>
        <source>The review period is at least one year</source>
        <extracomment>The review period people are asked about first (years without contact). Why the contact is on the list, one translated sentence each.</extracomment>
        <translation>Der Prüfzeitraum beträgt mindestens ein Jahr</translation>
    </message>
    <message>
        <source>No legal basis recorded</source>
        <translation>Keine Rechtsgrundlage erfasst</translation>
    </message>
    <message>
        <source>Not contacted for more than {count} year (last: {day})</source>
        <translation>Seit mehr als {count} Jahr nicht kontaktiert (zuletzt: {day})</translation>
    </message>
    <message>
        <source>Not contacted for more than {count} years (last: {day})</source>
        <translation>Seit mehr als {count} Jahren nicht kontaktiert (zuletzt: {day})</translation>
    </message>
    <message>
        <source>Never contacted, added more than {count} year ago ({day})</source>
        <translation>Nie kontaktiert, vor mehr als {count} Jahr hinzugefügt ({day})</translation>
    </message>
    <message>
        <source>Never contacted, added more than {count} years ago ({day})</source>
        <translation>Nie kontaktiert, vor mehr als {count} Jahren hinzugefügt ({day})</translation>
    </message>
    <message>
        <source>The contact {id} was erased already on {when}; nothing was changed</source>
        <extracomment>The fields an erasure sets, and that &quot;erased wins&quot; protects in sync: the personal fields, the organization the person worked for, the tombstone and the mark. Link rows (project roles, event participations, tags) closed and blanked. Whether the contact was live before (False: it had been deleted already). The erasure log the id was added to.</extracomment>
        <translation>Der Kontakt {id} wurde bereits am {when} endgültig gelöscht; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>This person belongs to another office&apos;s records on the team server: only that office or headquarters can erase them for the whole network. Nothing was changed</source>
        <translation>Diese Person gehört auf dem Team-Server zu den Datensätzen eines anderen Büros: Nur dieses Büro oder die Zentrale kann sie für das ganze Netzwerk endgültig löschen. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The erasure log {path} cannot be read: {reason}</source>
        <translation>Das Löschprotokoll {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The erasure log {path} is damaged; it lists who was erased, so it is left as it is: restore it from a copy, or move it away to start a new one</source>
        <translation>Das Löschprotokoll {path} ist beschädigt; da es verzeichnet, wer gelöscht wurde, bleibt es unverändert: Stellen Sie es aus einer Kopie wieder her oder verschieben Sie es, um ein neues zu beginnen</translation>
    </message>
    <message>
        <source>The erasure log {path} cannot be written: {reason}</source>
        <translation>Das Löschprotokoll {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Packages exported from this database since {date} may hold this person too (Office Desk keeps no list of the packages it wrote); so may the other offices&apos; copies of the network.</source>
        <extracomment>At most this many other records found by the person&apos;s name are listed.</extracomment>
        <translation>Seit {date} aus dieser Datenbank exportierte Pakete können diese Person ebenfalls enthalten (Office Desk führt keine Liste der geschriebenen Pakete); ebenso die Kopien des Netzwerks bei den anderen Büros.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>Everything kept about {name}</source>
        <translation>Alles, was über {name} gespeichert ist</translation>
    </message>
    <message>
        <source>Made by Office Desk on {when} from the database {database}. The same content is in the JSON file written beside this one.</source>
        <translation>Von Office Desk am {when} aus der Datenbank {database} erstellt. Derselbe Inhalt steht in der JSON-Datei, die daneben geschrieben wurde.</translation>
    </message>
    <message>
        <source>This person was erased on {when}: every personal field was removed for good; only the id and the dates are kept.</source>
        <translation>Diese Person wurde am {when} endgültig gelöscht: Alle personenbezogenen Felder wurden unwiderruflich entfernt; nur die ID und die Datumsangaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>This contact was deleted on {when}, but its record is still kept (deleted records can be restored); erasing removes it for good.</source>
        <translation>Dieser Kontakt wurde am {when} gelöscht, sein Datensatz ist aber noch vorhanden (gelöschte Datensätze lassen sich wiederherstellen); endgültiges Löschen entfernt ihn für immer.</translation>
    </message>
    <message>
        <source>The contact record</source>
        <translation>Der Kontaktdatensatz</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No project roles.</source>
        <translation>Keine Projektrollen.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>Keine Schlagwörter.</translation>
    </message>
    <message>
        <source>The search index</source>
        <translation>Der Suchindex</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Found by these words</source>
        <translation>Gefunden über diese Wörter</translation>
    </message>
    <message>
        <source>The search index holds nothing about this person.</source>
        <translation>Der Suchindex enthält nichts über diese Person.</translation>
    </message>
    <message>
        <source>Other records found by the name</source>
        <translation>Weitere über den Namen gefundene Datensätze</translation>
    </message>
    <message>
        <source>Their notes or descriptions may mention this person; not everything found is about them.</source>
        <translation>Ihre Notizen oder Beschreibungen können diese Person erwähnen; nicht alles Gefundene betrifft sie.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Backups and packages that may still hold this person</source>
        <translation>Sicherungen und Pakete, die diese Person noch enthalten können</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No backup of this database was made since then.</source>
        <translation>Seitdem wurde keine Sicherung dieser Datenbank erstellt.</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Zuletzt geändert von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>This database does not sync with a team server, or the person&apos;s records have not been synced yet.</source>
        <translation>Diese Datenbank wird nicht mit einem Team-Server abgeglichen, oder die Datensätze der Person wurden noch nicht abgeglichen.</translation>
    </message>
    <message>
        <source>Not yet sent to the team server</source>
        <translation>Noch nicht an den Team-Server gesendet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Team-Abgleich</translation>
    </message>
    <message>
        <source>{text} is not a contact id (a UUID such as 6613c1e0-5885-52a8-81e0-815808a6b507, with or without dashes)</source>
        <translation>{text} ist keine Kontakt-ID (eine UUID wie 6613c1e0-5885-52a8-81e0-815808a6b507, mit oder ohne Bindestriche)</translation>
    </message>
    <message>
        <source>{id} is not a person but a record of another kind ({kind})</source>
        <translation>{id} ist keine Person, sondern ein Datensatz anderer Art ({kind})</translation>
    </message>
    <message>
        <source>No contact with the id {id} in this database</source>
        <translation>Kein Kontakt mit der ID {id} in dieser Datenbank</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Alles über {name} exportieren</translation>
    </message>
    <message>
        <source>Person file: JSON and PDF (*.json *.pdf)</source>
        <translation>Personendatei: JSON und PDF (*.json *.pdf)</translation>
    </message>
    <message>
        <source>The person file was not written.

{error}</source>
        <translation>Die Personendatei wurde nicht geschrieben.

{error}</translation>
    </message>
    <message>
        <source>Wrote {json} and {pdf}</source>
        <translation>{json} und {pdf} geschrieben</translation>
    </message>
    <message>
        <source>Gathering everything about {name}…</source>
        <translation>Alles über {name} wird gesammelt…</translation>
    </message>
    <message>
        <source>Gone for good: the name, e-mail addresses, phone numbers, messaging handles, position, city and country, languages, the legal basis and its note, the notes, and the search index&apos;s entry.</source>
        <translation>Endgültig entfernt werden: der Name, die E-Mail-Adressen, Telefonnummern, Messenger-Kennungen, Position, Stadt und Land, Sprachen, die Rechtsgrundlage und ihre Anmerkung, die Notizen und der Eintrag im Suchindex.</translation>
    </message>
    <message>
        <source>Also closed and blanked:</source>
        <translation>Ebenfalls geschlossen und geleert:</translation>
    </message>
    <message>
        <source>Only the id, the office and an “erased” mark stay; sync and packages carry the erasure to the other copies.</source>
        <translation>Nur die ID, das Büro und eine Markierung „endgültig gelöscht“ bleiben; Abgleich und Pakete tragen die Löschung zu den anderen Kopien.</translation>
    </message>
    <message>
        <source>This cannot be undone, not with Undo either. Backups made before keep the person until they are pruned; restoring one erases them again.</source>
        <translation>Das lässt sich nicht rückgängig machen, auch nicht mit „Rückgängig“. Zuvor erstellte Sicherungen enthalten die Person, bis sie automatisch entfernt werden; wird eine davon wiederhergestellt, wird die Person erneut gelöscht.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person endgültig löschen</translation>
    </message>
    <message>
        <source>Erase “{name}” for good?</source>
        <translation>„{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erased “{name}”: every personal field is removed for good.</source>
        <translation>„{name}“ endgültig gelöscht: Alle personenbezogenen Felder sind unwiderruflich entfernt.</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was erased.

{error}</source>
        <translation>Es wurde nichts gelöscht.

{error}</translation>
    </message>
    <message>
        <source>Erasing “{name}”…</source>
        <translation>„{name}“ wird endgültig gelöscht…</translation>
    </message>
</context>
<context>
    <name>PickLocationDialog</name>
    <message>
        <source>Place on the map</source>
        <translation>Ort auf der Karte wählen</translation>
    </message>
    <message>
        <source>Zoom in and click where it is.</source>
        <translation>Hineinzoomen und auf die Stelle klicken.</translation>
    </message>
    <message>
        <source>Here: {latitude}, {longitude}. Click again to move the pin, or OK to use it.</source>
        <translation>Hier: {latitude}, {longitude}. Erneut klicken, um die Markierung zu versetzen, oder OK zum Übernehmen.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Duplicate: {choice}</source>
        <translation>Duplikat: {choice}</translation>
    </message>
</context>
<context>
    <name>PrepareTravelDialog</name>
    <message>
        <source>Prepare for travel</source>
        <translation>Für die Reise vorbereiten</translation>
    </message>
    <message>
        <source>Keep the street map around an office on this computer, for trips without a network. This uses your organisation&apos;s own tile server: OpenStreetMap does not allow downloading its map in bulk (its tiles are kept only as you view them). You can also import an .mbtiles file on the Map page.</source>
        <translation>Die Straßenkarte rund um ein Büro auf diesem Computer speichern, für Reisen ohne Netzverbindung. Dafür wird der eigene Kachelserver der Organisation verwendet: OpenStreetMap erlaubt kein massenhaftes Herunterladen seiner Karte (seine Kacheln werden nur beim Ansehen gespeichert). Alternativ lässt sich auf der Seite „Karte“ eine .mbtiles-Datei importieren.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation>Kachelserver</translation>
    </message>
    <message>
        <source>Around</source>
        <translation>Rund um</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>From zoom</source>
        <translation>Ab Zoomstufe</translation>
    </message>
    <message>
        <source>To zoom</source>
        <translation>Bis Zoomstufe</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s tile server address.</source>
        <translation>Die Adresse des Kachelservers der Organisation eingeben.</translation>
    </message>
    <message>
        <source>Choose an office.</source>
        <translation>Ein Büro wählen.</translation>
    </message>
    <message>
        <source>{office} has no place on the map yet: add its coordinates.</source>
        <translation>{office} hat noch keinen Platz auf der Karte: Koordinaten ergänzen.</translation>
    </message>
    <message>
        <source>The first zoom level is above the last one.</source>
        <translation>Die erste Zoomstufe liegt über der letzten.</translation>
    </message>
    <message>
        <source>Tile {done} of {total}…</source>
        <translation>Kachel {done} von {total}…</translation>
    </message>
    <message>
        <source>Downloading the street map…</source>
        <translation>Straßenkarte wird heruntergeladen…</translation>
    </message>
    <message>
        <source>{fetched} tiles downloaded, {cached} were already here</source>
        <translation>{fetched} Kacheln heruntergeladen, {cached} waren bereits vorhanden</translation>
    </message>
    <message>
        <source>, {failed} failed</source>
        <translation>, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>.</source>
        <comment>end of the download summary</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>ProjectBoard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Büro: {office}</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Kein Büro</translation>
    </message>
    <message>
        <source>Partners: {partners}</source>
        <translation>Partner: {partners}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>Betrag: {amount}</translation>
    </message>
    <message>
        <source>Signed: {date}</source>
        <translation>Unterzeichnet: {date}</translation>
    </message>
    <message>
        <source>Reporting currency: each amount is converted at the rate stored for its signing date (the latest rate when it has no signing date)</source>
        <extracomment>The card with keyboard focus changed: a project id, or None.</extracomment>
        <translation>Berichtswährung: Jeder Betrag wird mit dem Wechselkurs umgerechnet, der für sein Unterzeichnungsdatum gespeichert ist (ohne Unterzeichnungsdatum mit dem neuesten Kurs)</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Totals in</source>
        <translation>Summen in</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <extracomment>What a change must touch for the board to show it.</extracomment>
        <translation>„{title}“ verschieben nach: {stage}</translation>
    </message>
    <message>
        <source>Move {count} projects to {stage}</source>
        <translation>{count} Projekte verschieben nach: {stage}</translation>
    </message>
    <message>
        <source>Could not move the project</source>
        <translation>Projekt konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>The stage was not changed.

{error}</source>
        <translation>Die Phase wurde nicht geändert.

{error}</translation>
    </message>
    <message>
        <source>All stages: {count} project · {amount}</source>
        <translation>Alle Phasen: {count} Projekt · {amount}</translation>
    </message>
    <message>
        <source>All stages: {count} projects · {amount}</source>
        <translation>Alle Phasen: {count} Projekte · {amount}</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>Erfasst als:</translation>
    </message>
    <message>
        <source>Not included: {amounts} (no rate from {currencies} to {currency} on the signing date)</source>
        <translation>Nicht enthalten: {amounts} (kein Kurs von {currencies} in {currency} zum Unterzeichnungsdatum)</translation>
    </message>
    <message>
        <source>These amounts are left out of the totals rather than converted at a guessed rate. Add the missing exchange rate to include them.</source>
        <translation>Diese Beträge bleiben in den Summen unberücksichtigt, statt mit einem geschätzten Kurs umgerechnet zu werden. Zum Einbeziehen den fehlenden Wechselkurs ergänzen.</translation>
    </message>
    <message>
        <source>No projects match these filters.</source>
        <translation>Keine Projekte entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No projects yet: add one with New project.</source>
        <translation>Noch keine Projekte: mit „Neues Projekt“ eines anlegen.</translation>
    </message>
    <message>
        <source>recorded as {amounts}</source>
        <translation>erfasst als {amounts}</translation>
    </message>
    <message>
        <source>{count} without amount</source>
        <translation>{count} ohne Betrag</translation>
    </message>
    <message>
        <source>recorded in {count} currencies</source>
        <translation>in {count} Währungen erfasst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>In Phase verschieben</translation>
    </message>
    <message>
        <source>Move to previous stage ({stage})</source>
        <translation>In vorherige Phase verschieben ({stage})</translation>
    </message>
    <message>
        <source>Move to next stage ({stage})</source>
        <translation>In nächste Phase verschieben ({stage})</translation>
    </message>
</context>
<context>
    <name>ProjectTotals</name>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>An amber that reads as &quot;note this&quot; in light and dark palettes alike.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check again whether the file is still open elsewhere</source>
        <translation>Erneut prüfen, ob die Datei noch anderswo geöffnet ist</translation>
    </message>
</context>
<context>
    <name>RecordDetails</name>
    <message>
        <source>Record details</source>
        <extracomment>A usable details column: a label column (&quot;Jobs created&quot;) beside a value column that holds a stage, a date or an amount (&quot;25,000,000.00 EUR&quot;) on one line.</extracomment>
        <translation>Datensatzdetails</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Dieser Datensatz wurde gelöscht.</translation>
    </message>
    <message>
        <source>Last changed by {user}</source>
        <translation>Zuletzt geändert von {user}</translation>
    </message>
    <message>
        <source>Last changed by {user} on {date}</source>
        <translation>Zuletzt geändert von {user} am {date}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <extracomment>The colours of problems (refused) and questions (may be saved after a look). Each row&apos;s message, shown in the message strip (hidden when there is none). Each row&apos;s red mark beside the field; its space is kept when hidden.</extracomment>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Find coordinates</source>
        <extracomment>The editor&apos;s field that shows the named columns (None: the form has no such row).</extracomment>
        <translation>Koordinaten suchen</translation>
    </message>
    <message>
        <source>Type the city first, then look it up.</source>
        <translation>Zuerst die Stadt eingeben, dann nachschlagen.</translation>
    </message>
    <message>
        <source>Looking up {city}…</source>
        <translation>{city} wird gesucht…</translation>
    </message>
    <message>
        <source>“{city}” is not in the built-in list of places (towns of 5,000 people and more). Type the coordinates, e.g. from a map.</source>
        <translation>„{city}“ ist nicht in der eingebauten Ortsliste (Orte ab 5.000 Einwohnern). Koordinaten eingeben, z. B. von einer Karte.</translation>
    </message>
    <message>
        <source>Use these coordinates?</source>
        <translation>Diese Koordinaten übernehmen?</translation>
    </message>
    <message>
        <source>Places called “{city}”:</source>
        <translation>Orte namens „{city}“:</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <extracomment>The place question is asked once the user changes the country or the coordinates, not about a place saved before (nor on opening: the shapes take a moment to load the first time).</extracomment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Fix the problem in red to save.</source>
        <translation>Zum Speichern das rot markierte Problem beheben.</translation>
    </message>
    <message>
        <source>Fix the {count} problems in red to save.</source>
        <translation>Zum Speichern die {count} rot markierten Probleme beheben.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>This record was deleted in another window or program while you were editing it. Copy what you need from this form, or restore the record with Undo there, then try again.</source>
        <translation>Dieser Datensatz wurde in einem anderen Fenster oder Programm gelöscht, während Sie ihn bearbeitet haben. Kopieren Sie, was Sie aus diesem Formular brauchen, oder stellen Sie den Datensatz dort mit „Rückgängig“ wieder her und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>While you were editing, this record was changed in another window or program. Saving would replace those changes in:

• {fields}

Save your version of these fields?</source>
        <translation>Während Sie bearbeitet haben, wurde dieser Datensatz in einem anderen Fenster oder Programm geändert. Speichern würde diese Änderungen ersetzen in:

• {fields}

Ihre Fassung dieser Felder speichern?</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>RecordFacts</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>There are several “{text}”: choose one from the list</source>
        <translation>Es gibt mehrere „{text}“: bitte einen aus der Liste wählen</translation>
    </message>
    <message>
        <source>“{text}” is not in the list (use + to create it)</source>
        <translation>„{text}“ ist nicht in der Liste (mit + neu anlegen)</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter {things}…</source>
        <extracomment>The user asked to create, edit or delete (the main window runs the dialogs).</extracomment>
        <translation>{things} filtern…</translation>
    </message>
    <message>
        <source>Type part of a name, place or other text; Chinese, pinyin and German spellings all match</source>
        <translation>Teil eines Namens, Orts oder anderen Textes eingeben; chinesische, Pinyin- und deutsche Schreibweisen werden gleichermaßen gefunden</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>Show only records of this office</source>
        <translation>Nur Datensätze dieses Büros anzeigen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Show only records in this country</source>
        <translation>Nur Datensätze in diesem Land anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show only this stage</source>
        <translation>Nur diese Phase anzeigen</translation>
    </message>
    <message>
        <source>Show only this kind</source>
        <translation>Nur diese Art anzeigen</translation>
    </message>
    <message>
        <source>Show only this kind of project</source>
        <translation>Nur diese Projektart anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Show only records with this tag</source>
        <translation>Nur Datensätze mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>{count} (filtered)</source>
        <translation>{count} (gefiltert)</translation>
    </message>
    <message>
        <source>No {things} match these filters.
Clear the filter box or choose “All” in the lists above.</source>
        <translation>Keine {things} passen zu diesen Filtern.
Das Filterfeld leeren oder in den Listen oben „Alle“ wählen.</translation>
    </message>
    <message>
        <source>No {things} yet.
Press Ctrl+N or the + button to add one.</source>
        <translation>Noch keine {things} vorhanden.
Mit Strg+N oder der Schaltfläche + hinzufügen.</translation>
    </message>
    <message>
        <source>Show as a list (Ctrl+Shift+L)</source>
        <translation>Als Liste anzeigen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Show as a board by stage (Ctrl+Shift+B)</source>
        <translation>Als Board nach Phasen anzeigen (Strg+Umschalt+B)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{header}: not sortable</source>
        <translation>{header}: nicht sortierbar</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>kein {kind} mit der ID {id}</translation>
    </message>
    <message>
        <source>unknown kind {kind}; one of {kinds}</source>
        <translation>unbekannte Art {kind}; möglich sind {kinds}</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>added {date}</source>
        <translation>angelegt am {date}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No exchange rate was needed: every converted amount was already in {currency}.</source>
        <translation>Kein Wechselkurs erforderlich: Alle umgerechneten Beträge lagen bereits in {currency} vor.</translation>
    </message>
    <message>
        <source>Totals in {currency} use {number} stored exchange rate, the one in force on each converted project&apos;s signing date; it is listed under Exchange rates.</source>
        <translation>Die Summen in {currency} verwenden {number} gespeicherten Wechselkurs, den am Unterzeichnungsdatum des umgerechneten Projekts gültigen; er ist unter Wechselkurse aufgeführt.</translation>
    </message>
    <message>
        <source>Totals in {currency} use {number} stored exchange rates, each the rate in force on the project&apos;s signing date; they are listed under Exchange rates.</source>
        <translation>Die Summen in {currency} verwenden {number} gespeicherte Wechselkurse, jeweils den am Unterzeichnungsdatum des Projekts gültigen; sie sind unter Wechselkurse aufgeführt.</translation>
    </message>
    <message>
        <source>{number} project at a signed stage has an amount but no signing date, so it cannot be placed in a period and is not in the investment figures.</source>
        <translation>{number} Projekt in einer unterzeichneten Phase hat einen Betrag, aber kein Unterzeichnungsdatum; es lässt sich keinem Zeitraum zuordnen und ist in den Investitionszahlen nicht enthalten.</translation>
    </message>
    <message>
        <source>{number} projects at a signed stage have an amount but no signing date, so they cannot be placed in a period and are not in the investment figures.</source>
        <translation>{number} Projekte in einer unterzeichneten Phase haben einen Betrag, aber kein Unterzeichnungsdatum; sie lassen sich keinem Zeitraum zuordnen und sind in den Investitionszahlen nicht enthalten.</translation>
    </message>
    <message>
        <source>{number} project signed in the period has no amount recorded.</source>
        <translation>Für {number} im Zeitraum unterzeichnetes Projekt ist kein Betrag erfasst.</translation>
    </message>
    <message>
        <source>{number} projects signed in the period have no amount recorded.</source>
        <translation>Für {number} im Zeitraum unterzeichnete Projekte ist kein Betrag erfasst.</translation>
    </message>
    <message>
        <source>{number} event in the period is still to come; it is listed but not counted as held.</source>
        <translation>{number} Veranstaltung im Zeitraum steht noch bevor; sie ist aufgeführt, zählt aber nicht als durchgeführt.</translation>
    </message>
    <message>
        <source>{number} events in the period are still to come; they are listed but not counted as held.</source>
        <translation>{number} Veranstaltungen im Zeitraum stehen noch bevor; sie sind aufgeführt, zählen aber nicht als durchgeführt.</translation>
    </message>
    <message>
        <source>{what}: the {shown} latest of {total} are listed (and {more} more not shown).</source>
        <translation>{what}: Die {shown} neuesten von {total} sind aufgeführt ({more} weitere nicht angezeigt).</translation>
    </message>
    <message>
        <source>{what}: the {shown} first by name of {total} are listed (and {more} more not shown).</source>
        <translation>{what}: Die ersten {shown} von {total} (nach Name) sind aufgeführt ({more} weitere nicht angezeigt).</translation>
    </message>
    <message>
        <source> {start} to {end}</source>
        <translation> {start} bis {end}</translation>
    </message>
    <message>
        <source> from {date}</source>
        <translation> ab {date}</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation> bis {date}</translation>
    </message>
    <message>
        <source>{place} office report</source>
        <translation>Bürobericht {place}</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Netzwerkbericht</translation>
    </message>
    <message>
        <source>{what}: no stored exchange rate to {currency} for {listed}; these amounts are listed per currency but not in the {currency} total.</source>
        <translation>{what}: kein gespeicherter Wechselkurs in {currency} für {listed}; diese Beträge sind je Währung aufgeführt, aber nicht in der Summe in {currency} enthalten.</translation>
    </message>
    <message>
        <source>Signed investment</source>
        <translation>Unterzeichnete Investitionen</translation>
    </message>
    <message>
        <source>No office</source>
        <extracomment>Rows of the network&apos;s project and event tables before &quot;and N more&quot;.</extracomment>
        <translation>Kein Büro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Million {currency}</source>
        <translation>Millionen {currency}</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>million {currency}</source>
        <translation>Mio. {currency}</translation>
    </message>
    <message>
        <source>Projects by office and stage</source>
        <translation>Projekte nach Büro und Phase</translation>
    </message>
    <message>
        <source>Signed investment by office (million {currency})</source>
        <translation>Unterzeichnete Investitionen nach Büro (Mio. {currency})</translation>
    </message>
    <message>
        <source>Projects by year</source>
        <translation>Projekte nach Jahr</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Signed investment by year (million {currency})</source>
        <translation>Unterzeichnete Investitionen nach Jahr (Mio. {currency})</translation>
    </message>
    <message>
        <source>Organizations and contacts per office are those it looks after today; new ones in the period are in the key figures.</source>
        <translation>Organisationen und Kontakte je Büro sind die derzeit betreuten; im Zeitraum neu hinzugekommene sind in den Kennzahlen enthalten.</translation>
    </message>
    <message>
        <source>Records with no office (or whose office was deleted) are in the &quot;{row}&quot; row.</source>
        <translation>Datensätze ohne Büro (oder deren Büro gelöscht wurde) stehen in der Zeile „{row}“.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Organizations and contacts are those the office looks after today, whenever they were entered.</source>
        <extracomment>Rows per table before &quot;and N more&quot; (the PDF stays printable on a big database).</extracomment>
        <translation>Organisationen und Kontakte sind diejenigen, die das Büro derzeit betreut, unabhängig vom Zeitpunkt ihrer Erfassung.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>{office}: office report</source>
        <translation>{office}: Bürobericht</translation>
    </message>
    <message>
        <source>in {currency}</source>
        <extracomment>Width of the printed text block in layout pixels (96 per inch): A4 less the 16 mm side margins (US Letter is a little wider, so what fits A4 fits Letter). Share of the width one unbreakable word may claim; a longer one (a web address) wraps.</extracomment>
        <translation>in {currency}</translation>
    </message>
    <message>
        <source>Projects by stage in each office</source>
        <translation>Projekte nach Phase je Büro</translation>
    </message>
    <message>
        <source>Signed investment, organizations, contacts and events</source>
        <translation>Unterzeichnete Investitionen, Organisationen, Kontakte und Veranstaltungen</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Projects in the period</source>
        <translation>Projekte im Zeitraum</translation>
    </message>
    <message>
        <source>Signed investment ({currency})</source>
        <translation>Unterzeichnete Investitionen ({currency})</translation>
    </message>
    <message>
        <source>{number} project signed in the period</source>
        <translation>{number} im Zeitraum unterzeichnetes Projekt</translation>
    </message>
    <message>
        <source>{number} projects signed in the period</source>
        <translation>{number} im Zeitraum unterzeichnete Projekte</translation>
    </message>
    <message>
        <source>Not converted (no rate): {amounts}</source>
        <translation>Nicht umgerechnet (kein Kurs): {amounts}</translation>
    </message>
    <message>
        <source>New organizations</source>
        <translation>Neue Organisationen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>Durchgeführte Veranstaltungen</translation>
    </message>
    <message>
        <source>Still to come: {count}</source>
        <translation>Noch bevorstehend: {count}</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Projekte nach Phase</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Alle Büros</translation>
    </message>
    <message>
        <source>A project counts in the period by its signing date, else its announcement date, else the day it was entered; signed investment is that of projects at stage Signed, In progress or Completed whose signing date is in the period, each converted at the exchange rate in force on its signing date.</source>
        <translation>Ein Projekt wird dem Zeitraum nach seinem Unterzeichnungsdatum zugeordnet, ersatzweise nach seinem Ankündigungsdatum, sonst nach dem Tag seiner Erfassung; als unterzeichnete Investitionen gelten Projekte in den Phasen „Unterzeichnet“, „In Umsetzung“ oder „Abgeschlossen“, deren Unterzeichnungsdatum im Zeitraum liegt, jeweils umgerechnet zum am Unterzeichnungsdatum gültigen Wechselkurs.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>… and {count} more not shown.</source>
        <translation>… und {count} weitere, nicht angezeigt.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Projects: {stage}</source>
        <translation>Projekte: {stage}</translation>
    </message>
    <message>
        <source>Projects signed in the period</source>
        <translation>Im Zeitraum unterzeichnete Projekte</translation>
    </message>
    <message>
        <source>Signed investment in {currency}</source>
        <translation>Unterzeichnete Investitionen in {currency}</translation>
    </message>
    <message>
        <source>Signed investment, total in {currency}</source>
        <translation>Unterzeichnete Investitionen, gesamt in {currency}</translation>
    </message>
    <message>
        <source>Not converted to {currency} (no rate): {code}</source>
        <translation>Nicht in {currency} umgerechnet (kein Kurs): {code}</translation>
    </message>
    <message>
        <source>Events held: {kind}</source>
        <translation>Durchgeführte Veranstaltungen: {kind}</translation>
    </message>
    <message>
        <source>Events still to come in the period</source>
        <translation>Noch bevorstehende Veranstaltungen im Zeitraum</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Originalname</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counterpart office</source>
        <translation>Partnerbüro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Angaben zum Büro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Betrag in {currency}</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nicht umgerechnet</translation>
    </message>
    <message>
        <source>Offices side by side</source>
        <translation>Büros im Vergleich</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Amounts converted</source>
        <translation>Umgerechnete Beträge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Office Desk · Office report</source>
        <translation>Office Desk · Bürobericht</translation>
    </message>
    <message>
        <source>Office Desk · Network report</source>
        <translation>Office Desk · Netzwerkbericht</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>Berichtswährung:</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Erstellt {when}</translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation>Keine Angaben erfasst.</translation>
    </message>
    <message>
        <source>No data in this period.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The office looks after no organizations.</source>
        <translation>Das Büro betreut keine Organisationen.</translation>
    </message>
    <message>
        <source>The office has no contacts.</source>
        <translation>Das Büro hat keine Kontakte.</translation>
    </message>
    <message>
        <source>Exchange rates used</source>
        <translation>Verwendete Wechselkurse</translation>
    </message>
    <message>
        <source>No exchange rate was needed for the totals.</source>
        <translation>Für die Summen war kein Wechselkurs erforderlich.</translation>
    </message>
    <message>
        <source>Made with Office Desk on {when}. Dates are written YYYY-MM-DD; amounts carry their currency code.</source>
        <translation>Erstellt mit Office Desk am {when}. Datumsangaben im Format JJJJ-MM-TT; Beträge mit Währungscode.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Büros</translation>
    </message>
    <message>
        <source>Chart {name}</source>
        <translation>Diagramm {name}</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>Sections ticked when the user has not chosen (contacts stay out).</extracomment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>ab {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File-dialog filters (English; the GUI shows them translated, context &quot;ReportFormats&quot;).</extracomment>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The map picture could not be drawn ({error}).</source>
        <translation>Das Kartenbild konnte nicht gezeichnet werden ({error}).</translation>
    </message>
    <message>
        <source>Office Desk · generated {when}</source>
        <extracomment>The footer texts (context &quot;ReportPdf&quot;, as the GUI&apos;s print code has always used).</extracomment>
        <translation>Office Desk · erstellt {when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Office details</source>
        <extracomment>Sections of an office report, in report order, with the labels the GUI shows.</extracomment>
        <translation>Angaben zum Büro</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>Sections of a network report, in report order, with the labels the GUI shows.</extracomment>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Map of the office&apos;s network</source>
        <translation>Karte des Netzwerks des Büros</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contact details (personal data)</source>
        <translation>Kontaktdaten (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Offices side by side</source>
        <translation>Büros im Vergleich</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Map of the network</source>
        <translation>Karte des Netzwerks</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <extracomment>Sections ticked unless the user untick them (contact details never are). The office name as stored, beside the name shown in the office list (file names)</extracomment>
        <translation>&amp;Büro</translation>
    </message>
    <message>
        <source>The whole &amp;network</source>
        <translation>Das gesamte &amp;Netzwerk</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Totals are converted to this currency at the rate stored for each project&apos;s signing date; amounts without a rate are listed apart, never dropped.</source>
        <translation>Summen werden mit dem Wechselkurs, der für das Unterzeichnungsdatum des jeweiligen Projekts gespeichert ist, in diese Währung umgerechnet; Beträge ohne Kurs werden gesondert aufgeführt, nie weggelassen.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Bericht über</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Include contact &amp;details (personal data)</source>
        <translation>&amp;Kontaktdaten einbeziehen (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Names, e-mail addresses and phone numbers of people. Left out unless you tick this: a report often travels further than its author expects.</source>
        <translation>Namen, E-Mail-Adressen und Telefonnummern von Personen. Nur enthalten, wenn dies angehakt ist: Ein Bericht gelangt oft weiter, als sein Verfasser erwartet.</translation>
    </message>
    <message>
        <source>Figures and paper</source>
        <translation>Zahlen und Papier</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>Show the report&apos;s pages with these choices</source>
        <translation>Die Seiten des Berichts mit dieser Auswahl anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save as PDF, Excel workbook, CSV or web page</source>
        <translation>Als PDF, Excel-Arbeitsmappe, CSV oder Webseite speichern</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Choose what to report on, then press Preview.</source>
        <translation>Berichtsgegenstand wählen, dann auf „Vorschau“ klicken.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>Der Zeitraum endet vor seinem Beginn; die beiden Daten prüfen.</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Mindestens einen Abschnitt anhaken.</translation>
    </message>
    <message>
        <source>The data changed since this preview; press Preview to bring it up to date.</source>
        <translation>Die Daten haben sich seit dieser Vorschau geändert; zum Aktualisieren auf „Vorschau“ klicken.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Zahlen werden zusammengestellt…</translation>
    </message>
    <message>
        <source>The report could not be made.

{error}</source>
        <translation>Der Bericht konnte nicht erstellt werden.

{error}</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Drawing the charts and the map…</source>
        <translation>Diagramme und Karte werden gezeichnet…</translation>
    </message>
    <message>
        <source>{count} page.</source>
        <translation>{count} Seite.</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} Seiten.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>{scope} report {period}</source>
        <translation>Bericht {scope} {period}</translation>
    </message>
    <message>
        <source>The report was not saved.

{error}</source>
        <translation>Der Bericht wurde nicht gespeichert.

{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing failed.

{error}</source>
        <translation>Drucken fehlgeschlagen.

{error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <extracomment>The kinds counted, in column order: the registry&apos;s (core.store.backup.KINDS counts each of them).</extracomment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>On close</source>
        <translation>Beim Schließen</translation>
    </message>
    <message>
        <source>Before import</source>
        <translation>Vor dem Import</translation>
    </message>
    <message>
        <source>Before merge</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>Vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>Before removing unknown objects</source>
        <translation>Vor dem Entfernen unbekannter Objekte</translation>
    </message>
    <message>
        <source>Before upgrade (schema {revision})</source>
        <translation>Vor der Aktualisierung (Schema {revision})</translation>
    </message>
    <message>
        <source>Restore {file} from a Backup</source>
        <translation>{file} aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Current file: cannot be read ({problem})</source>
        <translation>Aktuelle Datei: nicht lesbar ({problem})</translation>
    </message>
    <message>
        <source>Current file: {counts}</source>
        <translation>Aktuelle Datei: {counts}</translation>
    </message>
    <message>
        <source>Now: {count}</source>
        <translation>Jetzt: {count}</translation>
    </message>
    <message>
        <source>Cannot be restored: {problem}</source>
        <translation>Kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>No backups of this file yet.

Office Desk makes one every day you open it (when the file has changed since its last backup), one when you close it after changes, and one before every import, merge, restore or upgrade.

Backups are kept in:
{folder}</source>
        <translation>Noch keine Sicherungen dieser Datei.

Office Desk erstellt eine an jedem Tag, an dem Sie sie öffnen (wenn sich die Datei seit der letzten Sicherung geändert hat), eine beim Schließen nach Änderungen und eine vor jedem Import, jeder Zusammenführung, Wiederherstellung oder Aktualisierung.

Sicherungen liegen in:
{folder}</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problem}</source>
        <translation>{file} kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>Replace the current file with the backup made on {made} ({reason})?</source>
        <translation>Die aktuelle Datei durch die Sicherung vom {made} ({reason}) ersetzen?</translation>
    </message>
    <message>
        <source>The current file is backed up first (as “Before restore”), so you can go back to it from this list. Anything added or changed since the backup was made will no longer be in the file.</source>
        <translation>Die aktuelle Datei wird zuerst gesichert (als „Vor der Wiederherstellung“), sodass Sie über diese Liste zu ihr zurückkehren können. Alles, was seit der Sicherung hinzugefügt oder geändert wurde, ist danach nicht mehr in der Datei.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Data-Protection Review</source>
        <translation>Datenschutzprüfung</translation>
    </message>
    <message>
        <source>Contacts whose data should be looked at again: record why they are kept (the legal basis), or erase them.</source>
        <translation>Kontakte, deren Daten erneut geprüft werden sollten: Halten Sie fest, warum sie gespeichert bleiben (die Rechtsgrundlage), oder löschen Sie sie endgültig.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <source>Not contacted for longer than this</source>
        <translation>Länger als diese Zeit nicht kontaktiert</translation>
    </message>
    <message>
        <source>Not contacted for more than</source>
        <translation>Nicht kontaktiert seit mehr als</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>Kontakt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source> year</source>
        <translation> Jahr</translation>
    </message>
    <message>
        <source>{count} contact to review</source>
        <translation>{count} Kontakt zu prüfen</translation>
    </message>
    <message>
        <source>{count} contacts to review</source>
        <translation>{count} Kontakte zu prüfen</translation>
    </message>
</context>
<context>
    <name>SaveQuestions</name>
    <message>
        <source>Check the place on the map</source>
        <translation>Ort auf der Karte prüfen</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back and correct</source>
        <translation>Zurück und korrigieren</translation>
    </message>
    <message>
        <source>This project is at a signed stage but has no signing date. Reports for a period count projects by their signing date, so they will leave it out until the date is entered.</source>
        <translation>Dieses Projekt ist in einer unterzeichneten Phase, hat aber kein Unterzeichnungsdatum. Berichte für einen Zeitraum zählen Projekte nach ihrem Unterzeichnungsdatum und lassen es daher aus, bis das Datum eingetragen ist.</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>Save without a date</source>
        <translation>Ohne Datum speichern</translation>
    </message>
    <message>
        <source>Go back and enter the date</source>
        <translation>Zurück und Datum eintragen</translation>
    </message>
</context>
<context>
    <name>SchemaAudit</name>
    <message>
        <source>table</source>
        <extracomment>Object types SQLite keeps in sqlite_master, in the order they are dropped. Object types that can be re-created from their SQL without touching data. Bump when the cache file&apos;s layout changes. How many objects a one-line message names before &quot;and N more&quot;.</extracomment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>{object} (changed)</source>
        <extracomment>FOREIGN, CHANGED or MISSING. The file&apos;s object (foreign, changed), or the expected one (missing). Office Desk&apos;s own definition (changed, missing), else None.</extracomment>
        <translation>{object} (verändert)</translation>
    </message>
    <message>
        <source>{object} (missing)</source>
        <translation>{object} (fehlt)</translation>
    </message>
    <message>
        <source>{object}: differs from the one Office Desk makes</source>
        <translation>{object}: weicht von dem ab, das Office Desk anlegt</translation>
    </message>
    <message>
        <source>{object}: missing</source>
        <translation>{object}: fehlt</translation>
    </message>
    <message>
        <source>{object}: not made by Office Desk</source>
        <translation>{object}: nicht von Office Desk angelegt</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>{type} {name} on {table}</source>
        <translation>{type} {name} auf {table}</translation>
    </message>
    <message>
        <source>{type} {name}</source>
        <translation>{type} {name}</translation>
    </message>
    <message>
        <source>{path}: the database holds objects Office Desk did not make: {objects}. They could change or copy records whenever Office Desk saves, so the file was not opened and not changed; open it in the Office Desk app to review and remove them</source>
        <translation>{path}: Die Datenbank enthält Objekte, die Office Desk nicht angelegt hat: {objects}. Sie könnten bei jedem Speichern Datensätze verändern oder kopieren, daher wurde die Datei nicht geöffnet und nicht verändert; öffnen Sie sie in der Office-Desk-App, um sie zu prüfen und zu entfernen</translation>
    </message>
    <message>
        <source>{path}: the database&apos;s tables are not the ones Office Desk makes: {objects}. The file was not opened and not changed; restore a backup of it, or ask whoever gave it to you</source>
        <translation>{path}: Die Tabellen der Datenbank sind nicht die, die Office Desk anlegt: {objects}. Die Datei wurde nicht geöffnet und nicht verändert; stellen Sie eine Sicherung davon wieder her oder fragen Sie, wer sie Ihnen gegeben hat</translation>
    </message>
    <message>
        <source>{path}: the file changed since it was checked; nothing was removed (open it again)</source>
        <translation>{path}: Die Datei hat sich seit der Prüfung verändert; nichts wurde entfernt (öffnen Sie sie erneut)</translation>
    </message>
    <message>
        <source>{path}: the objects could not all be removed ({objects}); nothing was changed</source>
        <translation>{path}: Die Objekte ließen sich nicht alle entfernen ({objects}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>{path}: the objects could not be removed ({reason}); nothing was changed</source>
        <translation>{path}: Die Objekte ließen sich nicht entfernen ({reason}); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>SealedPackage</name>
    <message>
        <source>{name}: a damaged sealed package ({what}); nothing was imported</source>
        <extracomment>The suffix a sealed package is saved with. The longest header read (a header naming 50 offices is about 8 KB). The most offices one package may be sealed to. What :func:`trust_status` says of a signed package&apos;s sender.</extracomment>
        <translation>{name}: ein beschädigtes versiegeltes Paket ({what}); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>it does not start as one</source>
        <translation>es beginnt nicht wie ein solches</translation>
    </message>
    <message>
        <source>its header claims {size} bytes (at most {limit})</source>
        <translation>sein Header gibt {size} Byte an (höchstens {limit})</translation>
    </message>
    <message>
        <source>{name}: the sealed package claims {size} bytes of content (at most {limit} are read); nothing was imported</source>
        <translation>{name}: Das versiegelte Paket gibt {size} Byte Inhalt an (höchstens {limit} werden gelesen); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>there are bytes after its signature</source>
        <translation>nach seiner Signatur folgen weitere Bytes</translation>
    </message>
    <message>
        <source>its content is too large</source>
        <translation>sein Inhalt ist zu groß</translation>
    </message>
    <message>
        <source>its header is not valid: {field}</source>
        <translation>sein Header ist ungültig: {field}</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>sein Header ist kein JSON</translation>
    </message>
    <message>
        <source>{source}: REFUSED: signed in the name of office {office} with a different key than the one trusted here (fingerprint {new}, trusted {old}). Someone else may have made it; nothing was imported. If the office really made a new key, check its fingerprint with them and replace the key in Settings, Package keys</source>
        <translation>{source}: ABGELEHNT: im Namen des Büros {office} mit einem anderen Schlüssel signiert als dem hier vertrauten (Fingerabdruck {new}, vertraut: {old}). Möglicherweise hat es jemand anderes erstellt; es wurde nichts importiert. Wenn das Büro wirklich einen neuen Schlüssel erstellt hat, gleichen Sie den Fingerabdruck mit dem Büro ab und ersetzen Sie den Schlüssel unter Einstellungen, Paketschlüssel</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search offices, organizations, people, projects, events…</source>
        <translation>Büros, Organisationen, Personen, Projekte, Veranstaltungen durchsuchen…</translation>
    </message>
    <message>
        <source>Type a name in any script: 张伟, Zhang Wei, Müller or Mueller.</source>
        <translation>Einen Namen in beliebiger Schrift eingeben: 张伟, Zhang Wei, Müller oder Mueller.</translation>
    </message>
    <message>
        <source>{count} found · ↑↓ to choose · Enter to open · Esc to close</source>
        <translation>{count} gefunden · ↑↓ zum Auswählen · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Keine Treffer für „{text}“.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Choose a folder for the backups.</source>
        <extracomment>Offered in every database, besides the currencies its exchange rates use. Public street maps that need no key (xyzservices names); each fetches only the tiles looked at, and keeps them in the cache. The settings this dialog shows, in the order of its fields.</extracomment>
        <translation>Einen Ordner für die Sicherungen wählen.</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, starting from the drive or /.</source>
        <translation>Den vollständigen Pfad des Ordners angeben, beginnend mit dem Laufwerk oder /.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Office Desk may not write in this folder.</source>
        <translation>Office Desk darf in diesen Ordner nicht schreiben.</translation>
    </message>
    <message>
        <source>The folder cannot be made: {path} is a file.</source>
        <translation>Der Ordner kann nicht angelegt werden: {path} ist eine Datei.</translation>
    </message>
    <message>
        <source>The folder does not exist and cannot be made in {path}.</source>
        <translation>Der Ordner existiert nicht und kann in {path} nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Use an address like https://tiles.example.org/{z}/{x}/{y}.png</source>
        <translation>Eine Adresse wie https://tiles.example.org/{z}/{x}/{y}.png verwenden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>A new language applies after Office Desk restarts.</source>
        <translation>Eine neue Sprache gilt nach dem Neustart von Office Desk.</translation>
    </message>
    <message>
        <source>Totals on the project board, the office dashboard and in reports are converted to this currency at the rate stored for each signing date.</source>
        <translation>Summen auf dem Projekt-Board, in der Büro-Übersicht und in Berichten werden zum jeweils für das Unterzeichnungsdatum gespeicherten Wechselkurs in diese Währung umgerechnet.</translation>
    </message>
    <message>
        <source>The office chosen first in reports and new records (in this database)</source>
        <translation>Das Büro, das in Berichten und neuen Datensätzen vorausgewählt ist (in dieser Datenbank)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Packages you make for other offices say who made them; empty: the name you log in with</source>
        <translation>Pakete, die Sie für andere Büros erstellen, nennen ihren Ersteller; leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Reporting &amp;currency:</source>
        <translation>Berichts&amp;währung:</translation>
    </message>
    <message>
        <source>Default &amp;office:</source>
        <translation>Stan&amp;dardbüro:</translation>
    </message>
    <message>
        <source>Your &amp;name on packages:</source>
        <translation>Ihr &amp;Name auf Paketen:</translation>
    </message>
    <message>
        <source>Street tiles are fetched only when the map&apos;s “Street map when online” is ticked, and only those you look at; each is kept in the cache.</source>
        <translation>Straßenkacheln werden nur geladen, wenn auf der Karte „Straßenkarte, wenn online“ angehakt ist, und nur die tatsächlich angesehenen; jede wird im Cache behalten.</translation>
    </message>
    <message>
        <source>OpenStreetMap (standard)</source>
        <translation>OpenStreetMap (Standard)</translation>
    </message>
    <message>
        <source>OpenStreetMap (German style)</source>
        <translation>OpenStreetMap (deutscher Stil)</translation>
    </message>
    <message>
        <source>OpenStreetMap France</source>
        <translation>OpenStreetMap France</translation>
    </message>
    <message>
        <source>OpenStreetMap Humanitarian</source>
        <translation>OpenStreetMap Humanitarian</translation>
    </message>
    <message>
        <source>OpenTopoMap (terrain)</source>
        <translation>OpenTopoMap (Gelände)</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own tile server. When set, the street map comes from it instead of the map above, and Prepare for travel may download from it.</source>
        <translation>Der eigene Kachelserver der Organisation. Ist er eingetragen, kommt die Straßenkarte von dort statt von der Karte oben, und „Für die Reise vorbereiten“ darf von dort herunterladen.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the street tiles kept on this computer take more room, the ones used longest ago are removed. Imported offline maps do not count.</source>
        <translation>Belegen die auf diesem Computer gespeicherten Straßenkacheln mehr Platz, werden die am längsten nicht verwendeten entfernt. Importierte Offline-Karten zählen nicht mit.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Street map:</source>
        <translation>Straßen&amp;karte:</translation>
    </message>
    <message>
        <source>Own &amp;tile server:</source>
        <translation>&amp;Eigener Kachelserver:</translation>
    </message>
    <message>
        <source>Tile cache &amp;up to:</source>
        <translation>Kachel-Cache &amp;bis zu:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>The oldest backups of a database are removed when there are more than this.</source>
        <translation>Die ältesten Sicherungen einer Datenbank werden entfernt, sobald es mehr als diese Anzahl gibt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Siche&amp;rungsordner:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Letzte behalten:</translation>
    </message>
    <message>
        <source>Package keys</source>
        <translation>Paketschlüssel</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Privacy and keys</source>
        <translation>&amp;Datenschutz und Schlüssel</translation>
    </message>
    <message>
        <source>Now {size} MB in use.</source>
        <translation>Derzeit {size} MB belegt.</translation>
    </message>
    <message>
        <source>An office of another database</source>
        <translation>Ein Büro einer anderen Datenbank</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
</context>
<context>
    <name>SigningDateDialog</name>
    <message>
        <source>Signing date</source>
        <translation>Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>When was “{title}” signed?</source>
        <translation>Wann wurde „{title}“ unterzeichnet?</translation>
    </message>
    <message>
        <source>When were these {count} projects signed?</source>
        <translation>Wann wurden diese {count} Projekte unterzeichnet?</translation>
    </message>
    <message>
        <source>Period reports count a project by its signing date; without one it is left out of them.</source>
        <translation>Berichte für einen Zeitraum zählen ein Projekt nach seinem Unterzeichnungsdatum; ohne Datum fehlt es darin.</translation>
    </message>
    <message>
        <source>Projects: {titles}</source>
        <translation>Projekte: {titles}</translation>
    </message>
    <message>
        <source>Projects that already have a signing date keep it.</source>
        <translation>Projekte, die schon ein Unterzeichnungsdatum haben, behalten es.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Unterzeichnet am:</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Nach {stage} verschieben</translation>
    </message>
    <message>
        <source>Move without a date</source>
        <translation>Ohne Datum verschieben</translation>
    </message>
    <message>
        <source>The project is left out of period reports until its signing date is entered in the project</source>
        <translation>Das Projekt fehlt in Berichten für einen Zeitraum, bis sein Unterzeichnungsdatum im Projekt eingetragen ist</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Number of projects at stage {stage}</source>
        <translation>Anzahl der Projekte in Phase {stage}</translation>
    </message>
    <message>
        <source>{stage} projects</source>
        <translation>Projekte in Phase {stage}</translation>
    </message>
    <message>
        <source>no amounts</source>
        <translation>keine Beträge</translation>
    </message>
    <message>
        <source>No amounts recorded at this stage</source>
        <translation>Keine Beträge in dieser Phase erfasst</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>Erfasst als:</translation>
    </message>
    <message>
        <source>⚠ + {amounts} (no rate)</source>
        <translation>⚠ + {amounts} (kein Kurs)</translation>
    </message>
    <message>
        <source>{amounts} not converted: no exchange rate to {currency} on the signing date</source>
        <translation>{amounts} nicht umgerechnet: kein Wechselkurs in {currency} zum Unterzeichnungsdatum</translation>
    </message>
    <message>
        <source>{count} without amount</source>
        <translation>{count} ohne Betrag</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{kind} “{title}”, {field}: the server refused your change ({other}); it keeps {kept}</source>
        <translation>{kind} „{title}“, {field}: Der Server hat Ihre Änderung ({other}) abgelehnt; er behält {kept}</translation>
    </message>
    <message>
        <source>{kind} “{title}”, {field}: kept {kept} ({kept_by}), the other value was {other} ({other_by})</source>
        <translation>{kind} „{title}“, {field}: behalten {kept} ({kept_by}), der andere Wert war {other} ({other_by})</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>deleted on {when}</source>
        <translation>gelöscht am {when}</translation>
    </message>
    <message>
        <source>No password for {user} in the keychain: connect to the team server in the app (Team &gt; Connect), or set {variable}</source>
        <translation>Kein Passwort für {user} im Schlüsselbund: Verbinden Sie sich in der App mit dem Team-Server (Team &gt; Verbinden) oder setzen Sie {variable}</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: {reason}</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>{url} is not a server address: {reason}</source>
        <extracomment>The oldest laptop schema revision that may sync with a server this app initialised: 0006, the first that knows the erased mark: &quot;erased wins&quot; is applied by the laptops, so an older one could push a person&apos;s fields back over an erasure. Raised when a two-step schema change drops the old form of a field that older clients still write. Login names: what PostgreSQL accepts unquoted, so administrators can type them.</extracomment>
        <translation>{url} ist keine Server-Adresse: {reason}</translation>
    </message>
    <message>
        <source>{url} is not a PostgreSQL address (postgresql://HOST/DATABASE)</source>
        <translation>{url} ist keine PostgreSQL-Adresse (postgresql://HOST/DATENBANK)</translation>
    </message>
    <message>
        <source>The team server {server} refused the login: {reason}</source>
        <translation>Der Team-Server {server} hat die Anmeldung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The team server {server} has no such user: {reason}</source>
        <translation>Der Team-Server {server} kennt diesen Benutzer nicht: {reason}</translation>
    </message>
    <message>
        <source>Cannot reach the team server {server}: {reason}</source>
        <translation>Team-Server {server} nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>{server} is not an Office Desk team server yet: run office-desk server init</source>
        <translation>{server} ist noch kein Office-Desk-Team-Server: Führen Sie office-desk server init aus</translation>
    </message>
    <message>
        <source>{name!r} cannot be a login name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (at most 63)</source>
        <translation>{name!r} kann kein Anmeldename sein: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben (höchstens 63)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>No single office on the server matches {office!r} (offices: {known}). A headquarters account (--hq) can sync the network to the server first.</source>
        <translation>Kein einzelnes Büro auf dem Server passt zu {office!r} (Büros: {known}). Ein Konto der Zentrale (--hq) kann das Netzwerk zuerst auf den Server abgleichen.</translation>
    </message>
    <message>
        <source>A person belongs to an office: give --office</source>
        <translation>Eine Person gehört zu einem Büro: Geben Sie --office an</translation>
    </message>
    <message>
        <source>A login named {name} exists already</source>
        <translation>Eine Anmeldung namens {name} gibt es bereits</translation>
    </message>
    <message>
        <source>The server has no person with the login {name}</source>
        <translation>Der Server hat keine Person mit der Anmeldung {name}</translation>
    </message>
    <message>
        <source>sent {count} change</source>
        <translation>{count} Änderung gesendet</translation>
    </message>
    <message>
        <source>sent {count} changes</source>
        <translation>{count} Änderungen gesendet</translation>
    </message>
    <message>
        <source>received {count} record</source>
        <translation>{count} Eintrag empfangen</translation>
    </message>
    <message>
        <source>received {count} records</source>
        <translation>{count} Einträge empfangen</translation>
    </message>
    <message>
        <source>{count} conflict to look at</source>
        <translation>{count} Konflikt zu prüfen</translation>
    </message>
    <message>
        <source>{count} conflicts to look at</source>
        <translation>{count} Konflikte zu prüfen</translation>
    </message>
    <message>
        <source>{count} change refused</source>
        <translation>{count} Änderung abgelehnt</translation>
    </message>
    <message>
        <source>{count} changes refused</source>
        <translation>{count} Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>Synced with {server}: {what}</source>
        <translation>Mit {server} abgeglichen: {what}</translation>
    </message>
    <message>
        <source>This file syncs with {joined}, not {server}: a file belongs to one team server (sync a new file to join another)</source>
        <translation>Diese Datei wird mit {joined} abgeglichen, nicht mit {server}: Eine Datei gehört zu einem Team-Server (gleichen Sie eine neue Datei ab, um einem anderen beizutreten)</translation>
    </message>
    <message>
        <source>This file has no team server yet: give --server and --user</source>
        <translation>Diese Datei hat noch keinen Team-Server: Geben Sie --server und --user an</translation>
    </message>
    <message>
        <source>The team server refused the sync: {reason}</source>
        <translation>Der Team-Server hat den Abgleich abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>This Office Desk (data revision {mine}) is older than the team server allows ({minimum}): update Office Desk to sync again; your changes stay queued</source>
        <translation>Dieses Office Desk (Datenstand {mine}) ist älter, als der Team-Server zulässt ({minimum}): Aktualisieren Sie Office Desk, um wieder abzugleichen; Ihre Änderungen bleiben vorgemerkt</translation>
    </message>
    <message>
        <source>The team server (data revision {theirs}) is older than this Office Desk ({mine}): it keeps working offline until the administrator runs office-desk server init with this version</source>
        <translation>Der Team-Server (Datenstand {theirs}) ist älter als dieses Office Desk ({mine}): Es arbeitet offline weiter, bis die Administration office-desk server init mit dieser Version ausführt</translation>
    </message>
    <message>
        <source>This login has no Office Desk account on the team server</source>
        <translation>Diese Anmeldung hat kein Office-Desk-Konto auf dem Team-Server</translation>
    </message>
    <message>
        <source>{server} is not an Office Desk team server</source>
        <translation>{server} ist kein Office-Desk-Team-Server</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Existing tags: {tags}</source>
        <translation>Vorhandene Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Sync now (F5)</source>
        <extracomment>How often an open file that belongs to a team syncs by itself (milliseconds). The first sync after a file opens, once the window is up. A sync never shows the background worker&apos;s progress dialog (a day: never). A sync went through: its :class:`~office_desk.core.sync.SyncResult`. A sync did not go through: the exception (offline: ServerUnreachable). What the last failed sync needs the user to know (&quot;Update Office Desk...&quot;), with the server&apos;s whole message; &quot;&quot; after a sync that went through. Passwords of this session when the computer has no keychain: (server, user).</extracomment>
        <translation>Jetzt abgleichen (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Not connected to a team server</source>
        <translation>Mit keinem Team-Server verbunden</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>Offline – 1 Änderung wartet</translation>
    </message>
    <message>
        <source>Offline — {count} changes waiting</source>
        <translation>Offline – {count} Änderungen warten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 Konflikt</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} Konflikte</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 Änderung wartet</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} Änderungen warten</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>This file is not shared with a team server. Click to connect to your team&apos;s server.</source>
        <translation>Diese Datei wird mit keinem Team-Server geteilt. Klicken Sie, um sich mit dem Server Ihres Teams zu verbinden.</translation>
    </message>
    <message>
        <source>Team server: {server}</source>
        <translation>Team-Server: {server}</translation>
    </message>
    <message>
        <source>{user} ({office})</source>
        <translation>{user} ({office})</translation>
    </message>
    <message>
        <source>Signed in as: {user}</source>
        <translation>Angemeldet als: {user}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzter Abgleich: {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>The server cannot be reached. Work on: your changes wait here and go out with the next sync.</source>
        <translation>Der Server ist nicht erreichbar. Arbeiten Sie weiter: Ihre Änderungen warten hier und gehen mit dem nächsten Abgleich hinaus.</translation>
    </message>
    <message>
        <source>Click to sign in again.</source>
        <translation>Klicken Sie, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation>Klicken Sie, um die Konflikte anzuzeigen.</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klicken Sie, um jetzt abzugleichen.</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Abgleich mit dem Team-Server …</translation>
    </message>
    <message>
        <source>The server needs an update</source>
        <translation>Der Server braucht ein Update</translation>
    </message>
    <message>
        <source>Update Office Desk to sync</source>
        <translation>Aktualisieren Sie Office Desk, um abzugleichen</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort nötig</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht abgeglichen</translation>
    </message>
    <message>
        <source>The sync did not go through; see the log for details.</source>
        <translation>Der Abgleich ist nicht durchgegangen; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>{problem} The password is kept until Office Desk closes.</source>
        <translation>{problem} Das Passwort wird aufbewahrt, bis Office Desk geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>TileCache</name>
    <message>
        <source>{key} is not a valid tile source key</source>
        <extracomment>The largest tile fetched, stored or served on any path. Public OpenStreetMap tile servers (and mirrors with the same policy): no bulk download.</extracomment>
        <translation>{key} ist kein gültiger Schlüssel für eine Kachelquelle</translation>
    </message>
    <message>
        <source>{url}: a tile server URL starts with https:// or http://</source>
        <translation>{url}: Die URL eines Kachelservers beginnt mit https:// oder http://</translation>
    </message>
    <message>
        <source>{url}: the URL needs {{z}}, {{x}} and {{y}} in it</source>
        <translation>{url}: Die URL muss {{z}}, {{x}} und {{y}} enthalten</translation>
    </message>
    <message>
        <source>OpenStreetMap&apos;s tile usage policy forbids downloading its tiles in bulk for offline use. Import an .mbtiles file instead, or configure your organisation&apos;s own tile server.</source>
        <translation>Die Nutzungsrichtlinie der OpenStreetMap-Kacheln verbietet das massenhafte Herunterladen für die Offline-Nutzung. Stattdessen eine .mbtiles-Datei importieren oder den eigenen Kachelserver der Organisation einrichten.</translation>
    </message>
    <message>
        <source>{source}: preparing for travel is only offered for your organisation&apos;s own tile server; import an .mbtiles file for other maps.</source>
        <translation>{source}: Für die Reise vorbereiten ist nur mit dem eigenen Kachelserver der Organisation möglich; für andere Karten eine .mbtiles-Datei importieren.</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} is larger than {limit} MB; it was not taken</source>
        <translation>{source}: Kachel {z}/{x}/{y} ist größer als {limit} MB; sie wurde nicht übernommen</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} could not be fetched ({reason})</source>
        <translation>{source}: Kachel {z}/{x}/{y} konnte nicht abgerufen werden ({reason})</translation>
    </message>
    <message>
        <source>{source}: tile {z}/{x}/{y} is not an image</source>
        <translation>{source}: Kachel {z}/{x}/{y} ist kein Bild</translation>
    </message>
    <message>
        <source>{path}: the map tiles kept on this computer cannot be used ({reason})</source>
        <translation>{path}: Die auf diesem Computer gespeicherten Kartenkacheln können nicht verwendet werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the map file holds a value larger than {limit} MB; it is not taken</source>
        <extracomment>The longest name, format or attribution an imported map file may give, and the most metadata rows read from it. A tile&apos;s data if it is not over the cap given (else NULL), and its size. The metadata an offline layer uses, each value cut at the cap (with its full length).</extracomment>
        <translation>{path}: Die Kartendatei enthält einen Wert größer als {limit} MB; er wird nicht übernommen</translation>
    </message>
    <message>
        <source>{path}: not an MBTiles map file ({reason})</source>
        <translation>{path}: keine MBTiles-Kartendatei ({reason})</translation>
    </message>
    <message>
        <source>{path}: the map file&apos;s {field} is {length} characters long; at most {limit} are read</source>
        <translation>{path}: {field} der Kartendatei ist {length} Zeichen lang; höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <source>{path}: holds {format} tiles; only image tiles (png, jpg, webp) can be shown</source>
        <translation>{path}: enthält {format}-Kacheln; nur Bildkacheln (png, jpg, webp) können angezeigt werden</translation>
    </message>
    <message>
        <source>{path}: the map file holds no tiles</source>
        <translation>{path}: Die Kartendatei enthält keine Kacheln</translation>
    </message>
    <message>
        <source>{path}: holds a tile larger than {limit} MB; a map file with such tiles is not taken</source>
        <translation>{path}: enthält eine Kachel größer als {limit} MB; eine Kartendatei mit solchen Kacheln wird nicht übernommen</translation>
    </message>
    <message>
        <source>{name}: an offline map of that name is already imported</source>
        <translation>{name}: Eine Offline-Karte mit diesem Namen ist bereits importiert</translation>
    </message>
    <message>
        <source>{path}: there is not enough free disk space for this map file ({size} MB)</source>
        <translation>{path}: Für diese Kartendatei ist nicht genug freier Speicherplatz vorhanden ({size} MB)</translation>
    </message>
    <message>
        <source>{path}: the map file could not be copied ({reason})</source>
        <translation>{path}: Die Kartendatei konnte nicht kopiert werden ({reason})</translation>
    </message>
    <message>
        <source>{tiles} tiles, {cached} already on this computer; about {megabytes} MB to download</source>
        <translation>{tiles} Kacheln, davon {cached} bereits auf diesem Computer; etwa {megabytes} MB herunterzuladen</translation>
    </message>
    <message>
        <source> (more than {limit} tiles: choose a smaller area or zoom range)</source>
        <translation> (mehr als {limit} Kacheln: bitte ein kleineres Gebiet oder einen kleineren Zoombereich wählen)</translation>
    </message>
    <message>
        <source>{tiles} tiles is more than the {limit} allowed at once: choose a smaller area or zoom range</source>
        <translation>{tiles} Kacheln sind mehr als die auf einmal zulässigen {limit}: bitte ein kleineres Gebiet oder einen kleineren Zoombereich wählen</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <source>“{text}” is ambiguous: {large} or {small}? Type {large_typed} or {small_typed}.</source>
        <extracomment>The locale used when the system gives none (Qt&apos;s &quot;C&quot; locale) or one Babel does not know. Dates before or after these years are taken for typing mistakes. The example date in placeholders and messages: its day (25) cannot be a month.</extracomment>
        <translation>„{text}“ ist mehrdeutig: {large} oder {small}? Geben Sie {large_typed} oder {small_typed} ein.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; write it like {example}</source>
        <translation>„{text}“ ist kein Betrag; schreiben Sie ihn wie {example}</translation>
    </message>
    <message>
        <source>“{text}” is not a number; write it like {example}</source>
        <translation>„{text}“ ist keine Zahl; schreiben Sie sie wie {example}</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it like {example}</source>
        <translation>„{text}“ ist kein Datum; geben Sie es wie {example} ein</translation>
    </message>
    <message>
        <source>“{text}”: type the year with four digits, like {example}</source>
        <translation>„{text}“: Geben Sie das Jahr vierstellig ein, wie {example}</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: {first} or {second}? Type it like {example}, or as {iso}.</source>
        <translation>„{text}“ ist mehrdeutig: {first} oder {second}? Geben Sie es wie {example} ein, oder als {iso}.</translation>
    </message>
    <message>
        <source>“{text}” is not a possible date: check the day and the month (type it like {example})</source>
        <translation>„{text}“ ist kein mögliches Datum: Prüfen Sie Tag und Monat (Eingabe wie {example})</translation>
    </message>
    <message>
        <source>“{text}”: the year must be between {first} and {last}</source>
        <translation>„{text}“: Das Jahr muss zwischen {first} und {last} liegen</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>That could not be undone or redone; nothing was changed. The undo history was cleared.

{error}</source>
        <extracomment>The write already ran (in the background): the first redo only announces it.</extracomment>
        <translation>Das ließ sich nicht rückgängig machen oder wiederholen; nichts wurde geändert. Der Rückgängig-Verlauf wurde geleert.

{error}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Office Desk User Guide</source>
        <translation>Office Desk – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({file}).</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation ({file}).</translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation>Im Handbuch suchen…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{kind} not saved: {problems}</source>
        <translation>{kind} nicht gespeichert: {problems}</translation>
    </message>
    <message>
        <source>ExchangeRate</source>
        <extracomment>What the user calls the records that are no kind of their own (a kind&apos;s name is its label in core.kinds: &quot;Office&quot;, &quot;Person&quot;).</extracomment>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>it has a full-width or look-alike @ sign; type the ordinary @</source>
        <translation>Sie enthält ein breites oder ähnlich aussehendes @-Zeichen; bitte das normale @ eingeben</translation>
    </message>
    <message>
        <source>it has no @ sign</source>
        <translation>Sie enthält kein @-Zeichen</translation>
    </message>
    <message>
        <source>there is nothing before the @</source>
        <translation>Vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>Nach dem @ steht nichts</translation>
    </message>
    <message>
        <source>the part after the @ needs a dot and an ending, e.g. example.com</source>
        <translation>Der Teil nach dem @ braucht einen Punkt und eine Endung, z. B. example.com</translation>
    </message>
    <message>
        <source>the part after the @ does not end in a real domain ending such as .com, .de or .cn</source>
        <translation>Der Teil nach dem @ endet nicht auf eine echte Domain-Endung wie .com, .de oder .cn</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name, not a real domain</source>
        <translation>Der Teil nach dem @ ist ein reservierter Name, keine echte Domain</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>Sie ist zu lang</translation>
    </message>
    <message>
        <source>the part after the @ has a hyphen in the wrong place</source>
        <translation>Der Teil nach dem @ hat einen Bindestrich an der falschen Stelle</translation>
    </message>
    <message>
        <source>it has a dot in the wrong place: at the start or the end, next to the @, or two in a row</source>
        <translation>Sie hat einen Punkt an der falschen Stelle: am Anfang oder Ende, neben dem @ oder zwei hintereinander</translation>
    </message>
    <message>
        <source>an IP address after the @ is not accepted; use the domain name</source>
        <translation>Eine IP-Adresse nach dem @ wird nicht angenommen; bitte den Domainnamen verwenden</translation>
    </message>
    <message>
        <source>quotation marks are not accepted in an e-mail address</source>
        <translation>Anführungszeichen sind in einer E-Mail-Adresse nicht zulässig</translation>
    </message>
    <message>
        <source>the part before the @ has a character an address cannot have, such as a space or a comma</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das eine Adresse nicht haben kann, etwa ein Leerzeichen oder ein Komma</translation>
    </message>
    <message>
        <source>the part after the @ has a character an address cannot have, such as a space, a second @ or _</source>
        <translation>Der Teil nach dem @ enthält ein Zeichen, das eine Adresse nicht haben kann, etwa ein Leerzeichen, ein zweites @ oder _</translation>
    </message>
    <message>
        <source>it has a character or a form an e-mail address cannot have</source>
        <translation>Sie enthält ein Zeichen oder eine Form, die eine E-Mail-Adresse nicht haben kann</translation>
    </message>
    <message>
        <source>{address} is not a valid e-mail address ({reason})</source>
        <translation>{address} ist keine gültige E-Mail-Adresse ({reason})</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} ist keiner der Werte: {allowed}</translation>
    </message>
    <message>
        <source>a country is required</source>
        <translation>Ein Land ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166 country code (e.g. DE, CN)</source>
        <translation>{value} ist kein ISO-3166-Ländercode (z. B. DE, CN)</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>Bitte Breiten- und Längengrad angeben oder keines von beiden</translation>
    </message>
    <message>
        <source>{lat} is impossible: latitude is -90 to 90</source>
        <translation>{lat} ist unmöglich: Der Breitengrad liegt zwischen -90 und 90</translation>
    </message>
    <message>
        <source>{lon} is impossible: longitude is -180 to 180</source>
        <translation>{lon} ist unmöglich: Der Längengrad liegt zwischen -180 und 180</translation>
    </message>
    <message>
        <source>amounts must be exact decimals</source>
        <extracomment>Amounts have at most 18 digits before the point and 6 after (they are kept as text of at most 40 characters, and a typo of ten extra zeros should not reach a report). The most direct jobs one project may record (more is a typing slip, and a number past 2**63 would not even fit the database).</extracomment>
        <translation>Beträge müssen exakte Dezimalzahlen sein</translation>
    </message>
    <message>
        <source>the amount is not a number</source>
        <translation>Der Betrag ist keine Zahl</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>Der Betrag darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the amount is too large: at most 18 digits before the decimal point</source>
        <translation>Der Betrag ist zu groß: höchstens 18 Stellen vor dem Komma</translation>
    </message>
    <message>
        <source>the amount has more than 6 decimal places</source>
        <translation>Der Betrag hat mehr als 6 Nachkommastellen</translation>
    </message>
    <message>
        <source>an amount needs its currency (e.g. CNY, EUR)</source>
        <translation>Ein Betrag braucht eine Währung (z. B. CNY, EUR)</translation>
    </message>
    <message>
        <source>{code} is not a current ISO 4217 currency</source>
        <translation>{code} ist keine aktuelle ISO-4217-Währung</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>Das Enddatum liegt vor dem Startdatum</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What the user calls each field that has a declared length (see :func:`length_limits`); a field missing here is named by its own name (a test checks that none is missing).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>name in its own script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>title in its own script</source>
        <translation>Titel in eigener Schrift</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>source country</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Zielort</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>base currency</source>
        <translation>Basiswährung</translation>
    </message>
    <message>
        <source>quote currency</source>
        <translation>Kurswährung</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>the {field} has {length} characters; at most {limit} are allowed</source>
        <translation>{field}: {length} Zeichen; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>an office needs a name</source>
        <translation>Ein Büro braucht einen Namen</translation>
    </message>
    <message>
        <source>an office cannot be its own counterpart</source>
        <translation>Ein Büro kann nicht sein eigenes Partnerbüro sein</translation>
    </message>
    <message>
        <source>an organization needs a name</source>
        <translation>Eine Organisation braucht einen Namen</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>Ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>an academic title has at most {count} characters; the job goes under Position</source>
        <translation>Ein akademischer Titel hat höchstens {count} Zeichen; die Stellenbezeichnung gehört unter Position</translation>
    </message>
    <message>
        <source>a project needs a title</source>
        <translation>Ein Projekt braucht einen Titel</translation>
    </message>
    <message>
        <source>jobs created cannot be negative</source>
        <translation>Die Zahl geschaffener Arbeitsplätze darf nicht negativ sein</translation>
    </message>
    <message>
        <source>jobs created: at most {count} (is it an amount?)</source>
        <translation>Geschaffene Arbeitsplätze: höchstens {count} (ist es ein Betrag?)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>Eine Veranstaltung braucht einen Titel</translation>
    </message>
    <message>
        <source>an event needs a date</source>
        <translation>Eine Veranstaltung braucht ein Datum</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>Ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>{color} is not a #RRGGBB colour</source>
        <translation>{color} ist keine Farbe im Format #RRGGBB</translation>
    </message>
    <message>
        <source>a rate needs two different currencies</source>
        <translation>Ein Kurs braucht zwei verschiedene Währungen</translation>
    </message>
    <message>
        <source>the rate must be a positive exact decimal</source>
        <translation>Der Kurs muss eine positive exakte Dezimalzahl sein</translation>
    </message>
    <message>
        <source>{value} is not a web address: it has a space in it (e.g. www.example.com)</source>
        <translation>{value} ist keine Webadresse: Sie enthält ein Leerzeichen (z. B. www.example.com)</translation>
    </message>
    <message>
        <source>{value} is not a web address (e.g. www.example.com or https://www.example.com)</source>
        <translation>{value} ist keine Webadresse (z. B. www.example.com oder https://www.example.com)</translation>
    </message>
    <message>
        <source>The place on the map is about {km} km outside {country}. Are the coordinates and the country right?</source>
        <extracomment>the country field (&quot;country&quot;)</extracomment>
        <translation>Der Ort auf der Karte liegt etwa {km} km außerhalb von {country}. Stimmen Koordinaten und Land?</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Planned</source>
        <extracomment>The English label of every stored value (one dict: a value means the same in every choice, e.g. &quot;other&quot;). Translated when read, by ``_Choice.label``.</extracomment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forschungsinstitut</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verband</translation>
    </message>
    <message>
        <source>Cultural body</source>
        <translation>Kultureinrichtung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>R&amp;D centre</source>
        <translation>F&amp;E-Zentrum</translation>
    </message>
    <message>
        <source>Joint lab</source>
        <translation>Gemeinsames Labor</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Capacity expansion</source>
        <translation>Kapazitätserweiterung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Kulturaustausch</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Anbahnung</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>In Gesprächen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Chinese side</source>
        <translation>Chinesische Seite</translation>
    </message>
    <message>
        <source>European side</source>
        <translation>Europäische Seite</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Cultural event</source>
        <translation>Kulturveranstaltung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Public role (published contact)</source>
        <translation>Öffentliche Funktion (veröffentlichter Kontakt)</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Office Desk</source>
        <translation>Office Desk</translation>
    </message>
    <message>
        <source>One desk for your contact-office network: offices, people, organizations, projects and events, on your own computer, online or not.</source>
        <translation>Ein Arbeitsplatz für das Netzwerk der Kontaktbüros: Büros, Personen, Organisationen, Projekte und Veranstaltungen, auf dem eigenen Computer, online oder offline.</translation>
    </message>
    <message>
        <source>Open the sample network</source>
        <translation>Beispielnetzwerk öffnen</translation>
    </message>
    <message>
        <source>The Dresden-Jinan office and its network, to look around</source>
        <translation>Das Büro Dresden-Jinan und sein Netzwerk, zum Umsehen</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <source>Start with an empty file</source>
        <translation>Mit einer leeren Datei beginnen</translation>
    </message>
    <message>
        <source>Open an existing file…</source>
        <translation>Vorhandene Datei öffnen…</translation>
    </message>
    <message>
        <source>An Office Desk .sqlite file</source>
        <translation>Eine .sqlite-Datei von Office Desk</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>You can also drop a database file onto this window.</source>
        <translation>Eine Datenbankdatei kann auch auf dieses Fenster gezogen werden.</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>the file</source>
        <extracomment>A file this close to the process&apos;s file-size limit (at most an eighth of the limit) is taken to have hit it: SQLite writes a page or a chunk at a time.</extracomment>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>{path}: the disk is full; nothing was saved. Free some space and try again.</source>
        <translation>{path}: Der Datenträger ist voll; nichts wurde gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path}: the file has reached the largest size this system allows; nothing was saved.</source>
        <translation>{path}: Die Datei hat die größte auf diesem System erlaubte Größe erreicht; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>{path}: the disk reported an error while writing (it may be full, removed or failing); nothing was saved. Check the disk and try again.</source>
        <translation>{path}: Der Datenträger meldete beim Schreiben einen Fehler (er ist vielleicht voll, entfernt oder defekt); nichts wurde gespeichert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path}: the file or its folder is read-only; nothing was saved. Make it writable, or save a copy somewhere else.</source>
        <translation>{path}: Die Datei oder ihr Ordner ist schreibgeschützt; nichts wurde gespeichert. Machen Sie sie beschreibbar oder speichern Sie eine Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>{path}: another program is writing to the database; nothing was saved. Wait a moment and try again.</source>
        <translation>{path}: Ein anderes Programm schreibt gerade in die Datenbank; nichts wurde gespeichert. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
