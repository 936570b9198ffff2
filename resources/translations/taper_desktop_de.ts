<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Craving</source>
        <translation>Verlangen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>conventional: %s</source>
        <translation type="vanished">konventionell: %s</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>print a proposed taper schedule</source>
        <translation>einen vorgeschlagenen Reduktionsplan ausgeben</translation>
    </message>
    <message>
        <source>Print the schedule a taper rule gives: the start, each day the rounded dose changes, and the target. A plan to confirm with your provider.</source>
        <translation>Gibt den Plan aus, den eine Reduktionsregel ergibt: den Beginn, jeden Tag, an dem sich die gerundete Dosis ändert, und das Ziel. Ein Plan, den Sie mit Ihrer Ärztin oder Ihrem Arzt abstimmen.</translation>
    </message>
    <message>
        <source>start dose per day</source>
        <translation>Anfangsdosis pro Tag</translation>
    </message>
    <message>
        <source>dose unit, e.g. g, mg, mL</source>
        <translation>Einheit der Dosis, z. B. g, mg, mL</translation>
    </message>
    <message>
        <source>percent: each step removes STEP%% of the most recent dose; linear: each step removes STEP units</source>
        <translation>percent: jeder Schritt nimmt STEP%% der letzten Dosis weg; linear: jeder Schritt nimmt STEP Einheiten weg</translation>
    </message>
    <message>
        <source>percent per step (0-50] or amount per step</source>
        <translation>Prozent pro Schritt (0-50] oder Menge pro Schritt</translation>
    </message>
    <message>
        <source>days between steps (at least 1)</source>
        <translation>Tage zwischen den Schritten (mindestens 1)</translation>
    </message>
    <message>
        <source>date of the start dose</source>
        <translation>Datum der Anfangsdosis</translation>
    </message>
    <message>
        <source>round every dose to a multiple of R, ties to the lower dose (default 0.1)</source>
        <translation>jede Dosis auf ein Vielfaches von R runden, bei Gleichstand zur niedrigeren Dosis (Standard 0.1)</translation>
    </message>
    <message>
        <source>the dose the taper ends at (default 0)</source>
        <translation>die Dosis, bei der die Reduktion endet (Standard 0)</translation>
    </message>
    <message>
        <source>one JSON object per line: date, dose, unit</source>
        <translation>ein JSON-Objekt pro Zeile: date, dose, unit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>--unit must not be empty</source>
        <translation>--unit darf nicht leer sein</translation>
    </message>
    <message>
        <source>the numbers are too large to make a schedule</source>
        <translation>die Zahlen sind zu groß, um einen Plan zu erstellen</translation>
    </message>
    <message>
        <source>Proposed schedule, a plan to confirm with your provider.</source>
        <translation>Vorgeschlagener Plan, den Sie mit Ihrer Ärztin oder Ihrem Arzt abstimmen.</translation>
    </message>
    <message>
        <source>%1% of the most recent dose</source>
        <translation>%1 % der letzten Dosis</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) remove %1; doses rounded to %2; target %3.</source>
        <translation>
            <numerusform>Im Abstand von %n Tag %1 weglassen; Dosen gerundet auf %2; Ziel %3.</numerusform>
            <numerusform>Im Abstand von %n Tagen %1 weglassen; Dosen gerundet auf %2; Ziel %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation>Dosis (%1)</translation>
    </message>
    <message>
        <source>0-10</source>
        <translation>0-10</translation>
    </message>
    <message>
        <source>mean of 2 or more cuts</source>
        <translation>Mittel aus 2 oder mehr Senkungen</translation>
    </message>
    <message>
        <source>each cut, until the next</source>
        <translation>jede Senkung, bis zur nächsten</translation>
    </message>
    <message>
        <source>No dose cut with check-ins after it yet.</source>
        <translation>Noch keine Dosissenkung mit Tageseinträgen danach.</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation>an Tag %1</translation>
    </message>
    <message>
        <source>highest %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Mean %1 total after a cut: %2.</source>
        <translation>Mittlerer %1-Gesamtwert nach einer Senkung: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 total, %n cut(s)</source>
        <translation>
            <numerusform>%1 gesamt, %n Senkung</numerusform>
            <numerusform>%1 gesamt, %n Senkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>day of the step (the step day is day 1)</source>
        <translation>Tag der Stufe (der Stufentag ist Tag 1)</translation>
    </message>
    <message>
        <source>on day 1 (the day of the cut)</source>
        <translation>an Tag 1 (dem Tag der Senkung)</translation>
    </message>
    <message>
        <source>(highest)</source>
        <translation>(am höchsten)</translation>
    </message>
    <message>
        <source>%s total, 1 cut</source>
        <translation type="vanished">%s gesamt, 1 Senkung</translation>
    </message>
    <message>
        <source>%s total, %d cuts</source>
        <translation type="vanished">%s gesamt, %d Senkungen</translation>
    </message>
    <message>
        <source>custom: %d dated steps</source>
        <translation type="vanished">individuell: %d Stufen mit Datum</translation>
    </message>
    <message>
        <source>%s every %d days, rounded to %s %s</source>
        <translation type="vanished">%s alle %d Tage, gerundet auf %s %s</translation>
    </message>
    <message numerus="yes">
        <source>custom: %n dated step(s)</source>
        <translation>
            <numerusform>individuell: %n Stufe mit Datum</numerusform>
            <numerusform>individuell: %n Stufen mit Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 every %n day(s), rounded to %2</source>
        <translation>
            <numerusform>%1 alle %n Tag, gerundet auf %2</numerusform>
            <numerusform>%1 alle %n Tage, gerundet auf %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>Zurückziehen?</translation>
    </message>
    <message>
        <source>Withdraw %1 as entered in error? It leaves the schedule but stays in the history, marked as withdrawn today.</source>
        <translation>%1 als Fehleingabe zurückziehen? Sie gilt dann nicht mehr für den Plan, bleibt aber im Verlauf, als heute zurückgezogen markiert.</translation>
    </message>
    <message>
        <source>Correct a revision entered in error</source>
        <translation>Eine fehlerhaft eingegebene Änderung korrigieren</translation>
    </message>
    <message>
        <source>Saving withdraws the revision shown (the history keeps it, marked as entered in error) and puts this correction in its place. Every plan rule applies to the correction.</source>
        <translation>Beim Speichern wird die angezeigte Änderung zurückgezogen (der Verlauf behält sie, als Fehleingabe markiert) und diese Korrektur tritt an ihre Stelle. Alle Planregeln gelten auch für die Korrektur.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message numerus="yes">
        <source>The file has entries for %n day(s) that already have entries in your diary.</source>
        <translation>
            <numerusform>Die Datei enthält Einträge für %n Tag(e), für die Ihr Tagebuch schon Einträge hat.</numerusform>
            <numerusform>Die Datei enthält Einträge für %n Tag(e), für die Ihr Tagebuch schon Einträge hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file also has a taper plan that differs from yours.</source>
        <translation>Die Datei enthält außerdem einen Reduktionsplan, der sich von Ihrem unterscheidet.</translation>
    </message>
    <message>
        <source>Keep yours and add only the new days, or let the file&apos;s entries replace yours? A backup is made before anything is replaced.</source>
        <translation>Ihre Einträge behalten und nur neue Tage hinzufügen, oder Ihre Einträge durch die der Datei ersetzen? Vor jedem Ersetzen wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Replace with the file&apos;s</source>
        <translation>Durch die der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <source>Keep my entries</source>
        <translation>Meine Einträge behalten</translation>
    </message>
    <message>
        <source>Replace my entries with the file&apos;s</source>
        <translation>Meine Einträge durch die der Datei ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: the file needs a fix first. Your diary is unchanged.</source>
        <translation>Nichts wurde importiert: Die Datei muss zuerst korrigiert werden. Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>One problem was found in %1:</source>
        <translation>In %1 wurde ein Problem gefunden:</translation>
    </message>
    <message>
        <source>%2 problems were found in %1. Each is listed with its line and column:</source>
        <translation>In %1 wurden %2 Probleme gefunden. Jedes ist mit Zeile und Spalte aufgeführt:</translation>
    </message>
    <message>
        <source>%2 problems were found in %1. The first %3 are listed with their line and column; often one fix (a column in the wrong format) solves many:</source>
        <translation>In %1 wurden %2 Probleme gefunden. Die ersten %3 sind mit Zeile und Spalte aufgeführt; oft behebt eine Korrektur (eine Spalte im falschen Format) viele davon:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>%n Tag nach %1 exportiert.</numerusform>
            <numerusform>%n Tage nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting your data...</source>
        <translation>Ihre Daten werden exportiert...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>Import cancelled. Your diary is unchanged.</source>
        <translation>Import abgebrochen. Ihr Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Imported %1: %2, %3.</source>
        <translation>Importiert: %1; %2, %3.</translation>
    </message>
    <message>
        <source>when the file has data for days that already hold data: skip keeps what is stored, replace takes the file&apos;s rows (a backup is made first). Without it such an import is refused.</source>
        <translation>wenn die Datei Daten für Tage enthält, die schon Daten haben: skip behält das Gespeicherte, replace übernimmt die Zeilen der Datei (vorher wird eine Sicherung angelegt). Ohne diese Option wird ein solcher Import abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportiert nach %2: %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported. Use --on-conflict skip to keep them or --on-conflict replace to take the file&apos;s</source>
        <translation>%1: %2; nichts wurde importiert. Verwenden Sie --on-conflict skip, um sie zu behalten, oder --on-conflict replace, um die der Datei zu übernehmen</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3, %4</source>
        <translation>Aus %2 importiert: %1, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n Plan</numerusform>
            <numerusform>%n Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n weiterer Eintrag</numerusform>
            <numerusform>%n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the stored data for %1.</source>
        <translation>Die gespeicherten Daten für %1 wurden behalten.</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>Ersetzt: %1.</translation>
    </message>
    <message>
        <source>A copy from before the import is in %1.</source>
        <translation>Eine Kopie von vor dem Import liegt in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n dose increase(s) with no provider&apos;s name, kept and marked &quot;agreement not recorded&quot;.</source>
        <translation>
            <numerusform>%n Dosiserhöhung ohne Namen der Ärztin oder des Arztes, behalten und als &quot;Zustimmung nicht festgehalten&quot; markiert.</numerusform>
            <numerusform>%n Dosiserhöhungen ohne Namen der Ärztin oder des Arztes, behalten und als &quot;Zustimmung nicht festgehalten&quot; markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan rule(s) broken by the file&apos;s plan, kept as it was and marked in the calendar.</source>
        <translation>
            <numerusform>%n Planregel vom Plan der Datei verletzt; der Plan wurde unverändert behalten und im Kalender markiert.</numerusform>
            <numerusform>%n Planregeln vom Plan der Datei verletzt; der Plan wurde unverändert behalten und im Kalender markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>fill an EMPTY data folder with a demo taper</source>
        <translation>einen LEEREN Datenordner mit einer Demo-Reduktion füllen</translation>
    </message>
    <message numerus="yes">
        <source>Fill an empty data folder with %n days of a realistic kratom taper (8 g/day, steps every 7 days, one hold, a few days not logged). Refuses a folder that already holds data.</source>
        <translation>
            <numerusform>Füllt einen leeren Datenordner mit %n Tag einer realistischen Kratom-Reduktion (8 g/Tag, Schritte alle 7 Tage, eine Pause, einige Tage ohne Eintrag). Lehnt einen Ordner ab, der schon Daten enthält.</numerusform>
            <numerusform>Füllt einen leeren Datenordner mit %n Tagen einer realistischen Kratom-Reduktion (8 g/Tag, Schritte alle 7 Tage, eine Pause, einige Tage ohne Eintrag). Lehnt einen Ordner ab, der schon Daten enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data; demo only fills an empty data folder (use --data-dir to choose another)</source>
        <translation>%1 enthält schon Daten; demo füllt nur einen leeren Datenordner (wählen Sie mit --data-dir einen anderen)</translation>
    </message>
    <message>
        <source>Demo taper written to %1: %2, %3, %4, %5.</source>
        <translation>Demo-Reduktion in %1 geschrieben: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Tageseintrag</numerusform>
            <numerusform>%n Tageseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s)</source>
        <translation>
            <numerusform>%n Dosis</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your entries for %n day(s).</source>
        <translation>
            <numerusform>Ihre Einträge für %n Tag wurden behalten.</numerusform>
            <numerusform>Ihre Einträge für %n Tage wurden behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n day(s); the earlier version is saved as a backup.</source>
        <translation>
            <numerusform>%n Tag ersetzt; die vorherige Fassung ist als Sicherung gespeichert.</numerusform>
            <numerusform>%n Tage ersetzt; die vorherige Fassung ist als Sicherung gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file...</source>
        <translation>Die Datei wird geprüft...</translation>
    </message>
    <message>
        <source>Exported %1 day(s) to %2.</source>
        <translation type="vanished">%1 Tag(e) nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported everything to %1.</source>
        <translation>Alles nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A CSV holds each day&apos;s total dose only: a replaced day keeps one dose without a time.</source>
        <translation>Eine CSV-Datei enthält nur die Tagesgesamtdosis: Ein ersetzter Tag behält eine einzige Dosis ohne Uhrzeit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 day(s): %2 check-in(s), %3 dose(s).</source>
        <translation type="vanished">%1 Tag(e) importiert: %2 Tageseintrag/-einträge, %3 Dosis/Dosen.</translation>
    </message>
    <message>
        <source>Kept your entries for %1 day(s).</source>
        <translation type="vanished">Ihre Einträge für %1 Tag(e) wurden behalten.</translation>
    </message>
    <message>
        <source>Replaced %1 day(s); the earlier version is saved as a backup.</source>
        <translation type="vanished">%1 Tag(e) ersetzt; die vorherige Fassung ist als Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Your diary is encrypted, but its key file is missing from the data folder, so it cannot be opened. If you have a copy of the key file, put it back and start again.</source>
        <translation>Ihr Tagebuch ist verschlüsselt, aber seine Schlüsseldatei fehlt im Datenordner, daher lässt es sich nicht öffnen. Wenn Sie eine Kopie der Schlüsseldatei haben, legen Sie sie zurück und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The diary file in the data folder belongs to another program, so Taper Desktop cannot use it.</source>
        <translation>Die Tagebuchdatei im Datenordner gehört zu einem anderen Programm, daher kann Taper Desktop sie nicht verwenden.</translation>
    </message>
    <message>
        <source>Your diary file could not be opened. It may have been damaged, for example by a crash or a full disk.</source>
        <translation>Ihre Tagebuchdatei konnte nicht geöffnet werden. Sie ist vielleicht beschädigt, etwa durch einen Absturz oder eine volle Festplatte.</translation>
    </message>
    <message>
        <source>Nothing will be deleted: the file is kept, renamed, in the same folder.</source>
        <translation>Nichts wird gelöscht: Die Datei bleibt unter anderem Namen im selben Ordner.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2 check-ins, %3 doses).</source>
        <translation>Die neueste brauchbare Sicherung ist vom %1 (%2 Tageseinträge, %3 Dosen).</translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation>Es gibt keine brauchbare Sicherung.</translation>
    </message>
    <message>
        <source>Use the &amp;backup</source>
        <translation>&amp;Sicherung verwenden</translation>
    </message>
    <message>
        <source>Start from the newest good backup</source>
        <translation>Mit der neuesten brauchbaren Sicherung beginnen</translation>
    </message>
    <message>
        <source>Start &amp;fresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Start with an empty diary, keeping the damaged file</source>
        <translation>Mit einem leeren Tagebuch beginnen und die beschädigte Datei behalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Your diary file can be read but not saved to: the file or its folder is read-only. Taper Desktop closes so that nothing you enter is lost; the file is unchanged. Check the permissions of %1 and start again.</source>
        <translation>Ihre Tagebuchdatei kann gelesen, aber nicht gespeichert werden: Die Datei oder ihr Ordner ist schreibgeschützt. Taper Desktop wird beendet, damit nichts verloren geht, was Sie eingeben; die Datei ist unverändert. Prüfen Sie die Berechtigungen von %1 und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Your diary was saved by a newer version of Taper Desktop. Please update the app to open it; the file is unchanged.</source>
        <translation>Ihr Tagebuch wurde mit einer neueren Version von Taper Desktop gespeichert. Bitte aktualisieren Sie die App, um es zu öffnen; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Your diary continues from the backup of %1.</source>
        <translation>Ihr Tagebuch geht ab der Sicherung vom %1 weiter.</translation>
    </message>
    <message>
        <source>You start with an empty diary.</source>
        <translation>Sie beginnen mit einem leeren Tagebuch.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept as %1, in %2.</source>
        <translation>Die Datei, die sich nicht öffnen ließ, bleibt als %1 in %2 erhalten.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is saved.</source>
        <translation>Die heutige Sicherung ist gespeichert.</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Taper Desktop charts: %1 to %2</source>
        <translation>Taper-Desktop-Diagramme: %1 bis %2</translation>
    </message>
    <message>
        <source>There is no chart to export yet. Charts appear once a check-in is saved.</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren. Diagramme erscheinen, sobald ein Tageseintrag gespeichert ist.</translation>
    </message>
    <message>
        <source>Go back to the copy from %1 (%2 check-ins, %3 doses)? Your current data is saved as a backup first.</source>
        <translation type="vanished">Zur Kopie vom %1 zurückkehren (%2 Tageseinträge, %3 Dosen)? Ihre aktuellen Daten werden vorher gesichert.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>check integrity, schema version, counts</source>
        <translation>Integrität, Schemaversion und Anzahlen prüfen</translation>
    </message>
    <message>
        <source>Check the database: SQLite integrity check, schema version, whether it is encrypted (and the SQLCipher version) and how many records of each kind it holds.</source>
        <translation>Prüft die Datenbank: SQLite-Integritätsprüfung, Schemaversion, ob sie verschlüsselt ist (und die SQLCipher-Version) und wie viele Einträge jeder Art sie enthält.</translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2</source>
        <translation>%1: Integritätsprüfung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>integrity:</source>
        <translation>Integrität:</translation>
    </message>
    <message>
        <source>encrypted:</source>
        <translation>verschlüsselt:</translation>
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
        <source>schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>%1 (this app: %2)</source>
        <translation>%1 (diese App: %2)</translation>
    </message>
    <message>
        <source>days covered:</source>
        <translation>abgedeckte Tage:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>substances:</source>
        <translation>Substanzen:</translation>
    </message>
    <message>
        <source>plans:</source>
        <translation>Pläne:</translation>
    </message>
    <message>
        <source>plan revisions:</source>
        <translation>Planänderungen:</translation>
    </message>
    <message>
        <source>holds:</source>
        <translation>Pausen:</translation>
    </message>
    <message>
        <source>doses:</source>
        <translation>Dosen:</translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation>Tageseinträge:</translation>
    </message>
    <message>
        <source>extra symptom scores:</source>
        <translation>Werte zusätzlicher Symptome:</translation>
    </message>
    <message>
        <source>other medications:</source>
        <translation>andere Medikamente:</translation>
    </message>
    <message>
        <source>appointments:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>COWS totals:</source>
        <translation>COWS-Summen:</translation>
    </message>
    <message>
        <source>drafts:</source>
        <translation>Entwürfe:</translation>
    </message>
    <message>
        <source>Replace everything in Taper Desktop with the copy from %1?</source>
        <translation>Alles in Taper Desktop durch die Kopie vom %1 ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n plan revision(s)</source>
        <translation>
            <numerusform>%n Planfassung</numerusform>
            <numerusform>%n Planfassungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation>Datei für die Praxis speichern</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>FHIR-JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Clinic file saved to %1 (%2).</source>
        <translation>Datei für die Praxis gespeichert unter %1 (%2).</translation>
    </message>
    <message>
        <source>Saving the clinic file...</source>
        <translation>Die Datei für die Praxis wird gespeichert...</translation>
    </message>
    <message>
        <source>The clinic file was not saved: %1</source>
        <translation>Die Datei für die Praxis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved to %1: %2, %3, %4. Import it into your calendar app.</source>
        <translation>Kalender gespeichert unter %1: %2, %3, %4. Importieren Sie ihn in Ihre Kalender-App.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>export the taper steps, holds and appointments as a calendar file (.ics)</source>
        <translation>die Reduktionsschritte, Pausen und Termine als Kalenderdatei (.ics) exportieren</translation>
    </message>
    <message>
        <source>Write an iCalendar file for the calendar you already use: an all-day event on each taper step day (&quot;Taper step: 3.1 g to 2.9 g&quot;), holds as multi-day events, appointments at their local time with the time zone. Event UIDs are stable, so importing a newer file updates the events, also after a plan revision. The file is replaced atomically and readable by you only.</source>
        <translation>Schreibt eine iCalendar-Datei für den Kalender, den Sie schon verwenden: ein ganztägiger Termin an jedem Tag eines Reduktionsschritts (&quot;Taper step: 3.1 g to 2.9 g&quot;), Pausen als mehrtägige Termine, Arzttermine zu ihrer Ortszeit mit Zeitzone. Die UIDs der Termine bleiben gleich, sodass der Import einer neueren Datei die Termine aktualisiert, auch nach einer Planänderung. Die Datei wird atomar ersetzt und ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>add a reminder at 20:00 the evening before each step</source>
        <translation>eine Erinnerung um 20:00 Uhr am Vorabend jedes Schritts hinzufügen</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n taper step(s)</source>
        <translation>
            <numerusform>%n Reduktionsschritt</numerusform>
            <numerusform>%n Reduktionsschritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the calendar file...</source>
        <translation>Die Kalenderdatei wird gespeichert...</translation>
    </message>
    <message>
        <source>The calendar file was not saved: %1</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the plan sheet</source>
        <translation>Planblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Plan sheet saved to %1</source>
        <translation>Planblatt gespeichert unter %1</translation>
    </message>
    <message>
        <source>Plan sheet saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation>Planblatt gespeichert unter %1. Es konnte hier nicht geöffnet werden: Öffnen Sie es in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>Writing the plan sheet...</source>
        <translation>Das Planblatt wird erstellt...</translation>
    </message>
    <message>
        <source>The plan sheet was not saved: %1</source>
        <translation>Das Planblatt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>A restore replaces all of it: check-ins and notes, doses, the plan and its history, holds, other medications, appointments, COWS totals, unsaved drafts and your settings.</source>
        <translation>Eine Wiederherstellung ersetzt alles: Tageseinträge und Notizen, Dosen, den Plan und seinen Verlauf, Pausen, andere Medikamente, Termine, COWS-Gesamtwerte, nicht gespeicherte Entwürfe und Ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <source>In the copy: %1.</source>
        <translation>In der Kopie: %1.</translation>
    </message>
    <message>
        <source>These settings change back:</source>
        <translation>Diese Einstellungen werden zurückgesetzt:</translation>
    </message>
    <message>
        <source>%1: %2 (now %3)</source>
        <translation>%1: %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>Your settings are the same in the copy.</source>
        <translation>Ihre Einstellungen sind in der Kopie gleich.</translation>
    </message>
    <message>
        <source>Your current data is saved as a backup first, so you can come back to it.</source>
        <translation>Ihre aktuellen Daten werden vorher gesichert, damit Sie zu ihnen zurückkönnen.</translation>
    </message>
    <message>
        <source>Nothing was restored; your data is unchanged. %1</source>
        <translation>Nichts wurde wiederhergestellt; Ihre Daten sind unverändert. %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored; your data is unchanged. %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; Ihre Daten sind unverändert. %1</translation>
    </message>
    <message>
        <source>Restored the copy from %1. Your data from before is in %2.</source>
        <translation>Die Kopie vom %1 wurde wiederhergestellt. Ihre bisherigen Daten liegen in %2.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Taper-Desktop-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is %2. Nothing was changed.</source>
        <translation type="vanished">%1 kann nicht wiederhergestellt werden: %2. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Taper Desktop backups (*.sqlite3)</source>
        <translation>Taper-Desktop-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
        <source>The backup was not made: %1</source>
        <translation>Die Sicherung wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Backup saved to %1. Restore from a file takes it back.</source>
        <translation>Sicherung unter %1 gespeichert. „Aus einer Datei wiederherstellen“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Cancel the hold?</source>
        <translation>Pause abbrechen?</translation>
    </message>
    <message>
        <source>The hold from %1 has not held any day yet. Cancel it? The steps then go on as planned; the plan history keeps it, marked as cancelled.</source>
        <translation>Die Pause ab %1 hat noch keinen Tag angehalten. Abbrechen? Die Stufen gehen dann wie geplant weiter; der Planverlauf behält sie, als abgebrochen markiert.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <source>Discard what was typed for %1 and not saved? This cannot be undone.</source>
        <translation>Verwerfen, was Sie für %1 eingegeben und nicht gespeichert haben? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Without your passphrase and your recovery code, nobody can recover the diary: not you, not your provider, not the makers of Taper Desktop.</source>
        <translation>Ohne Ihre Passphrase und Ihren Wiederherstellungscode kann niemand das Tagebuch wiederherstellen: weder Sie noch Ihre Behandelnden noch die Entwickler von Taper Desktop.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindestens %1 Zeichen. Einige Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters and no space at its start or end.</source>
        <translation type="vanished">Die Passphrase braucht mindestens %1 Zeichen und kein Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type the same one twice.</source>
        <translation>Die beiden Passphrasen sind verschieden. Bitte geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>Aktuelle Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Passphrase oder Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write down this recovery code, or save or print it, and keep it apart from this computer.</source>
        <translation>Schreiben Sie diesen Wiederherstellungscode auf, oder speichern bzw. drucken Sie ihn, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase. It is shown only now; you can make a new one later in Settings (the old one then stops working).</source>
        <translation>Er öffnet Ihr Tagebuch, wenn Sie Ihre Passphrase vergessen. Er wird nur jetzt angezeigt; später können Sie in den Einstellungen einen neuen erstellen (der alte gilt dann nicht mehr).</translation>
    </message>
    <message>
        <source>&amp;Save to a file...</source>
        <translation>In Datei &amp;speichern...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>I have &amp;kept it</source>
        <translation>Ich habe ihn &amp;aufbewahrt</translation>
    </message>
    <message>
        <source>Taper Desktop recovery code</source>
        <translation>Wiederherstellungscode für Taper Desktop</translation>
    </message>
    <message>
        <source>It opens your diary if you forget your passphrase.</source>
        <translation>Er öffnet Ihr Tagebuch, wenn Sie Ihre Passphrase vergessen.</translation>
    </message>
    <message>
        <source>The code was not saved: %1</source>
        <translation>Der Code wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Keep that file somewhere other than this computer, such as a USB stick.</source>
        <translation>In %1 gespeichert. Bewahren Sie diese Datei nicht auf diesem Computer auf, sondern zum Beispiel auf einem USB-Stick.</translation>
    </message>
    <message>
        <source>Printing is not available here; save the code to a file or write it down.</source>
        <translation>Drucken ist hier nicht möglich; speichern Sie den Code in einer Datei oder schreiben Sie ihn auf.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The exported file is not encrypted, although your diary is.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt, obwohl Ihr Tagebuch es ist.</translation>
    </message>
    <message>
        <source>Store your diary unencrypted on this computer? Anyone who can read your files could then read it. Its backups are converted too.</source>
        <translation>Ihr Tagebuch unverschlüsselt auf diesem Computer speichern? Wer Ihre Dateien lesen kann, könnte es dann lesen. Die Sicherungen werden ebenfalls umgewandelt.</translation>
    </message>
    <message>
        <source>%1 backup copies were encrypted too.</source>
        <translation type="vanished">%1 Sicherungskopien wurden ebenfalls verschlüsselt.</translation>
    </message>
    <message>
        <source>%1 backup copies were converted too.</source>
        <translation type="vanished">%1 Sicherungskopien wurden ebenfalls umgewandelt.</translation>
    </message>
    <message>
        <source>%1 (the file is not encrypted)</source>
        <translation>%1 (die Datei ist nicht verschlüsselt)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were encrypted too.</source>
        <translation>
            <numerusform>%n Sicherungskopie wurde ebenfalls verschlüsselt.</numerusform>
            <numerusform>%n Sicherungskopien wurden ebenfalls verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup copy(s) were converted too.</source>
        <translation>
            <numerusform>%n Sicherungskopie wurde ebenfalls umgewandelt.</numerusform>
            <numerusform>%n Sicherungskopien wurden ebenfalls umgewandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These copies could not be read, so they were deleted rather than left unprotected: %1.</source>
        <translation>Diese Kopien ließen sich nicht lesen und wurden daher gelöscht, statt sie ungeschützt zu lassen: %1.</translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation>Mein Tagebuch mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Your diary and its backups will be encrypted on this computer. You will type the passphrase each time you open Taper Desktop, and you get a recovery code in case you forget it.</source>
        <translation>Ihr Tagebuch und seine Sicherungen werden auf diesem Computer verschlüsselt. Sie geben die Passphrase bei jedem Öffnen von Taper Desktop ein und erhalten einen Wiederherstellungscode, falls Sie sie vergessen.</translation>
    </message>
    <message>
        <source>Your diary was not encrypted; it is unchanged. %1</source>
        <translation>Ihr Tagebuch wurde nicht verschlüsselt; es ist unverändert. %1</translation>
    </message>
    <message>
        <source>Your diary is now encrypted.</source>
        <translation>Ihr Tagebuch ist jetzt verschlüsselt.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code is not right.</source>
        <translation type="vanished">Diese Passphrase oder dieser Wiederherstellungscode ist nicht richtig.</translation>
    </message>
    <message>
        <source>That key does not open this diary.</source>
        <translation>Dieser Schlüssel öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <source>First type your current passphrase (or your recovery code).</source>
        <translation>Geben Sie zuerst Ihre aktuelle Passphrase (oder Ihren Wiederherstellungscode) ein.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Choose the new passphrase. Your recovery code stays the same.</source>
        <translation>Wählen Sie die neue Passphrase. Ihr Wiederherstellungscode bleibt gleich.</translation>
    </message>
    <message>
        <source>The passphrase was not changed. %1</source>
        <translation>Die Passphrase wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The recovery code is the same.</source>
        <translation>Ihre Passphrase ist geändert. Der Wiederherstellungscode bleibt gleich.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>Neuen Code &amp;erstellen</translation>
    </message>
    <message>
        <source>No new code was made. %1</source>
        <translation>Es wurde kein neuer Code erstellt. %1</translation>
    </message>
    <message>
        <source>Turn off the passphrase</source>
        <translation>Passphrase ausschalten</translation>
    </message>
    <message>
        <source>Your diary is still encrypted; nothing was changed. %1</source>
        <translation>Ihr Tagebuch ist weiterhin verschlüsselt; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>Your diary is no longer encrypted.</source>
        <translation>Ihr Tagebuch ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase...</source>
        <translation>Mit einer Passphrase &amp;schützen...</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation>&amp;Passphrase ändern...</translation>
    </message>
    <message>
        <source>New recovery &amp;code...</source>
        <translation>Neuer Wiederherstellungs&amp;code...</translation>
    </message>
    <message>
        <source>&amp;Turn off...</source>
        <translation>&amp;Ausschalten...</translation>
    </message>
    <message>
        <source>Your diary is encrypted with a passphrase.</source>
        <translation>Ihr Tagebuch ist mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Your diary is not encrypted. Protecting it with a passphrase is recommended: anyone who can read your files cannot then read it.</source>
        <translation>Ihr Tagebuch ist nicht verschlüsselt. Ein Schutz mit Passphrase wird empfohlen: Wer Ihre Dateien lesen kann, kann es dann nicht lesen.</translation>
    </message>
    <message>
        <source>Unlock your diary</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Your diary is locked</source>
        <translation>Ihr Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <source>Type your passphrase. If you have forgotten it, type your recovery code instead.</source>
        <translation>Geben Sie Ihre Passphrase ein. Wenn Sie sie vergessen haben, geben Sie stattdessen Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>Eingabe &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring, so the diary opens without the passphrase for this account</source>
        <translation>Den Schlüssel im Schlüsselbund dieses Computers ablegen, damit sich das Tagebuch für dieses Konto ohne Passphrase öffnet</translation>
    </message>
    <message>
        <source>Not available: no keyring service (such as GNOME Keyring or KWallet) was found on this computer.</source>
        <translation>Nicht verfügbar: Auf diesem Computer wurde kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet) gefunden.</translation>
    </message>
    <message>
        <source>Type your passphrase or your recovery code first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase oder Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Nothing was changed; please try again.</source>
        <translation>Nichts wurde geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code is not right. Nothing was changed; please try again.</source>
        <translation type="vanished">Diese Passphrase oder dieser Wiederherstellungscode ist nicht richtig. Nichts wurde geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>daily total</source>
        <translation>Tagesgesamtwert</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>partial, no total</source>
        <translation>teilweise, kein Gesamtwert</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>shading: conventional bands, named at the right</source>
        <translation>Schattierung: konventionelle Bereiche, rechts benannt</translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation>geplante Dosis</translation>
    </message>
    <message>
        <source>dose taken</source>
        <translation>genommene Dosis</translation>
    </message>
    <message>
        <source>How you felt</source>
        <translation>Wie Sie sich fühlten</translation>
    </message>
    <message>
        <source>(points: each day; lines: 7-day mean)</source>
        <translation>(Punkte: jeder Tag; Linien: 7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Items by day</source>
        <translation>Fragen pro Tag</translation>
    </message>
    <message>
        <source>blank: not answered</source>
        <translation>leer: nicht beantwortet</translation>
    </message>
    <message>
        <source>After each dose cut</source>
        <translation>Nach jeder Dosissenkung</translation>
    </message>
    <message>
        <source>Taper Desktop data (*.json *.csv)</source>
        <translation>Taper-Desktop-Daten (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
    <message>
        <source>%1 is more than twice today&apos;s planned %2. Store it as typed?</source>
        <translation>%1 ist mehr als das Doppelte der für heute geplanten %2. Möchten Sie es so speichern?</translation>
    </message>
    <message>
        <source>%1 is more than twice this day&apos;s planned %2. Store it as typed?</source>
        <translation>%1 ist mehr als das Doppelte der für diesen Tag geplanten %2. Möchten Sie es so speichern?</translation>
    </message>
    <message>
        <source>Store this dose?</source>
        <translation>Diese Dosis speichern?</translation>
    </message>
    <message>
        <source>Store it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Suggested dates: the period you chose last time.</source>
        <translation>Vorgeschlagene Daten: der Zeitraum, den Sie zuletzt gewählt haben.</translation>
    </message>
    <message>
        <source>Suggested dates start after your last report, which ended on %1.</source>
        <translation>Die vorgeschlagenen Daten beginnen nach Ihrem letzten Bericht, der am %1 endete.</translation>
    </message>
    <message>
        <source>Suggested dates start on %1, the first day of your diary.</source>
        <translation>Die vorgeschlagenen Daten beginnen am %1, dem ersten Tag Ihres Tagebuchs.</translation>
    </message>
    <message>
        <source>Suggested dates: the last 30 days.</source>
        <translation>Vorgeschlagene Daten: die letzten 30 Tage.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Bericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Report saved to %1. It could not be opened here: open it from your file manager.</source>
        <translation>Bericht gespeichert unter %1. Er konnte hier nicht geöffnet werden: Öffnen Sie ihn in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Der Bericht wird geschrieben...</translation>
    </message>
    <message>
        <source>Taper Desktop records and summarizes what you enter. It does not give medical advice, does not diagnose, and does not prescribe: schedules are computed from the rule your provider gave and are a plan to confirm with your provider. Severity bands are conventional, not validated. In an emergency call your local emergency number.</source>
        <translation>Taper Desktop erfasst und fasst zusammen, was Sie eingeben. Es gibt keinen medizinischen Rat, stellt keine Diagnose und verschreibt nichts: Abläufe werden aus der Regel berechnet, die Ihre Behandelnden Ihnen gegeben haben, und sind ein Plan, den Sie mit Ihren Behandelnden bestätigen. Die Schweregrad-Bereiche sind konventionell, nicht validiert. Rufen Sie im Notfall Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>An offline taper and withdrawal tracker. Your data stays on this computer.</source>
        <translation>Ein Offline-Tagebuch für Reduktion und Entzug. Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Not medical advice.</source>
        <translation>Kein medizinischer Rat.</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Skalen</translation>
    </message>
    <message>
        <source>COWS (recorded from your clinician, never computed): %1</source>
        <translation>COWS (von Ihren Behandelnden übernommen, nie berechnet): %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more days have drafts (marked in the calendar).</source>
        <translation>
            <numerusform>%n weiterer Tag hat einen Entwurf (im Kalender markiert).</numerusform>
            <numerusform>%n weitere Tage haben Entwürfe (im Kalender markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more days)</source>
        <translation>
            <numerusform>(und %n weiterer Tag)</numerusform>
            <numerusform>(und %n weitere Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="vanished">Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="vanished">Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="vanished">Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="vanished">diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%1: %2 (see --help)</source>
        <translation>%1: %2 (siehe --help)</translation>
    </message>
    <message>
        <source>folder holding the data (default: %1, else the user data folder)</source>
        <translation>Ordner mit den Daten (Standard: %1, sonst der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <source>for a folder protected with a passphrase: read the passphrase (or the recovery code) from the first line of FILE instead of asking on the terminal</source>
        <translation>für einen mit Passphrase geschützten Ordner: die Passphrase (oder den Wiederherstellungscode) aus der ersten Zeile von FILE lesen, statt im Terminal zu fragen</translation>
    </message>
    <message>
        <source>Taper Desktop: keep a taper plan agreed with your provider, a daily symptom check-in and trends, offline. Without a command, opens the window.</source>
        <translation>Taper Desktop: führen Sie einen mit Ihrer Ärztin oder Ihrem Arzt vereinbarten Reduktionsplan, einen täglichen Symptomeintrag und Verläufe, offline. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 data error, 2 usage error.</source>
        <translation>Rückgabewert: 0 Erfolg, 1 Datenfehler, 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>new passphrase (or a new recovery code)</source>
        <translation>neue Passphrase (oder ein neuer Wiederherstellungscode)</translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code, then the new passphrase (asked twice, or read from --new-passphrase-file). Only the key file is rewritten. With --new-recovery-code, makes a new recovery code instead and prints it; the old code stops working.</source>
        <translation>Geben Sie die aktuelle Passphrase oder den Wiederherstellungscode ein, dann die neue Passphrase (zweimal abgefragt oder aus --new-passphrase-file gelesen). Nur die Schlüsseldatei wird neu geschrieben. Mit --new-recovery-code wird stattdessen ein neuer Wiederherstellungscode erstellt und ausgegeben; der alte Code funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>make a new recovery code instead of a new passphrase</source>
        <translation>einen neuen Wiederherstellungscode statt einer neuen Passphrase erstellen</translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase; use encrypt</source>
        <translation>%1 ist nicht mit einer Passphrase geschützt; verwenden Sie encrypt</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>Der alte Wiederherstellungscode funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The recovery code is the same as before.</source>
        <translation>Die Passphrase ist geändert. Der Wiederherstellungscode ist derselbe wie vorher.</translation>
    </message>
    <message>
        <source>%1 %2: cannot read it (%3)</source>
        <translation>%1 %2: kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>%1 %2: the file is not UTF-8 text</source>
        <translation>%1 %2: die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>this diary is protected with a passphrase and there is no terminal to ask on; give it with --passphrase-file FILE (first line)</source>
        <translation>dieses Tagebuch ist mit einer Passphrase geschützt und es gibt kein Terminal zum Fragen; geben Sie sie mit --passphrase-file FILE an (erste Zeile)</translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation>Passphrase oder Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>Taper Desktop is open with %1; close it first (nothing was changed)</source>
        <translation>Taper Desktop ist mit %1 geöffnet; schließen Sie es zuerst (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>back to an unencrypted store</source>
        <translation>zurück zu einem unverschlüsselten Speicher</translation>
    </message>
    <message>
        <source>Give the current passphrase or recovery code; the database and its backups are written back unencrypted and the key file is removed. Asks to confirm on the terminal; without a terminal --yes is needed.</source>
        <translation>Geben Sie die aktuelle Passphrase oder den Wiederherstellungscode ein; die Datenbank und ihre Sicherungen werden unverschlüsselt zurückgeschrieben und die Schlüsseldatei wird entfernt. Fragt im Terminal nach einer Bestätigung; ohne Terminal ist --yes nötig.</translation>
    </message>
    <message>
        <source>do not ask to confirm</source>
        <translation>nicht nach einer Bestätigung fragen</translation>
    </message>
    <message>
        <source>Store the diary unencrypted on this computer? Type yes to go on: </source>
        <translation>Das Tagebuch unverschlüsselt auf diesem Computer speichern? Geben Sie ja ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>decrypt needs --yes when there is no terminal to confirm on</source>
        <translation>decrypt braucht --yes, wenn es kein Terminal zum Bestätigen gibt</translation>
    </message>
    <message>
        <source>%1 is not protected with a passphrase</source>
        <translation>%1 ist nicht mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>not confirmed; nothing was changed</source>
        <translation>nicht bestätigt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1; the diary is unchanged</source>
        <translation>%1; das Tagebuch ist unverändert</translation>
    </message>
    <message>
        <source>The diary in %1 is no longer encrypted.</source>
        <translation>Das Tagebuch in %1 ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
        <source>protect the folder with a passphrase</source>
        <translation>den Ordner mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups (SQLCipher) with a new passphrase, asked twice on the terminal or read from --new-passphrase-file. Prints a recovery code once, on a line starting &apos;Recovery code: &apos;. Keep it safe: without the passphrase and the recovery code nobody can recover the data.</source>
        <translation>Verschlüsselt die Datenbank und ihre Sicherungen (SQLCipher) mit einer neuen Passphrase, die im Terminal zweimal abgefragt oder aus --new-passphrase-file gelesen wird. Gibt einmal einen Wiederherstellungscode aus, in einer Zeile, die mit &apos;Recovery code: &apos; beginnt. Bewahren Sie ihn sicher auf: Ohne Passphrase und Wiederherstellungscode kann niemand die Daten wiederherstellen.</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the new passphrase; give it with --new-passphrase-file FILE (first line)</source>
        <translation>es gibt kein Terminal, um nach der neuen Passphrase zu fragen; geben Sie sie mit --new-passphrase-file FILE an (erste Zeile)</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>die neue Passphrase aus der ersten Zeile von FILE lesen</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>die beiden Passphrasen unterscheiden sich; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Write down this recovery code and keep it apart from this computer. It opens the diary when the passphrase is forgotten; it is shown only now. Without both the passphrase and this code nobody can recover the data.</source>
        <translation>Schreiben Sie diesen Wiederherstellungscode auf und bewahren Sie ihn getrennt von diesem Computer auf. Er öffnet das Tagebuch, wenn die Passphrase vergessen ist; er wird nur jetzt angezeigt. Ohne Passphrase und diesen Code kann niemand die Daten wiederherstellen.</translation>
    </message>
    <message>
        <source>Converted %1</source>
        <translation>%1 umgewandelt</translation>
    </message>
    <message>
        <source>Deleted %1: it could not be read, so it could not be converted</source>
        <translation>%1 gelöscht: die Datei war nicht lesbar und konnte daher nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>%1 is already protected with a passphrase; use change-passphrase to change it</source>
        <translation>%1 ist schon mit einer Passphrase geschützt; verwenden Sie change-passphrase, um sie zu ändern</translation>
    </message>
    <message>
        <source>The diary in %1 is now encrypted.</source>
        <translation>Das Tagebuch in %1 ist jetzt verschlüsselt.</translation>
    </message>
    <message>
        <source>export the day table as CSV</source>
        <translation>die Tagestabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Write one CSV row per day that has a dose or a check-in (columns as in the day-table format).</source>
        <translation>Schreibt eine CSV-Zeile pro Tag mit einer Dosis oder einem Tageseintrag (Spalten wie im Format der Tagestabelle).</translation>
    </message>
    <message>
        <source>export for a clinic system (FHIR R4 JSON)</source>
        <translation>für das System einer Praxis exportieren (FHIR R4 JSON)</translation>
    </message>
    <message>
        <source>Write the diary as one FHIR R4 (4.0.1) Bundle of type collection, in UTF-8 JSON, for a clinic&apos;s system: a QuestionnaireResponse per check-in, an Observation per scale total, companion measure and COWS total, a MedicationStatement per dose and a MedicationRequest (intent plan) per plan revision. Ids are stable, so exporting again gives the same ids. The file is replaced atomically and readable by you only. --from and --to limit the diary days; the plan is always included whole. Mapping: docs/fhir.md.</source>
        <translation>Schreibt das Tagebuch als ein FHIR-R4-Bundle (4.0.1) vom Typ collection, in UTF-8-JSON, für das System einer Praxis: eine QuestionnaireResponse pro Tageseintrag, eine Observation pro Skalensumme, Begleitmessung und COWS-Summe, ein MedicationStatement pro Dosis und eine MedicationRequest (intent plan) pro Planänderung. Die IDs bleiben gleich, ein erneuter Export ergibt dieselben IDs. Die Datei wird atomar ersetzt und ist nur für Sie lesbar. --from und --to begrenzen die Tagebuchtage; der Plan ist immer vollständig enthalten. Zuordnung: docs/fhir.md.</translation>
    </message>
    <message>
        <source>first day to include (default: the first day with data)</source>
        <translation>erster einzuschließender Tag (Standard: der erste Tag mit Daten)</translation>
    </message>
    <message>
        <source>last day to include, inclusive (default: the last day with data)</source>
        <translation>letzter einzuschließender Tag, einschließlich (Standard: der letzte Tag mit Daten)</translation>
    </message>
    <message>
        <source>name for the Patient resource (default: none; no identifier is ever added)</source>
        <translation>Name für die Patient-Ressource (Standard: keiner; eine Kennung wird nie hinzugefügt)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>no diary records</source>
        <translation>keine Tagebucheinträge</translation>
    </message>
    <message>
        <source>export everything as JSON</source>
        <translation>alles als JSON exportieren</translation>
    </message>
    <message>
        <source>Write every plan, revision, hold, dose, check-in, other medication, appointment, COWS total and setting.</source>
        <translation>Schreibt jeden Plan, jede Änderung, Pause, Dosis, jeden Tageseintrag, jedes andere Medikament, jeden Termin, jede COWS-Summe und jede Einstellung.</translation>
    </message>
    <message>
        <source>import a day-table CSV</source>
        <translation>eine CSV-Tagestabelle importieren</translation>
    </message>
    <message>
        <source>Check every row of a day-table CSV, then store all of it in one step, or nothing if any row has a problem. dose_planned is ignored; each day&apos;s dose_taken becomes one dose without a time.</source>
        <translation>Prüft jede Zeile einer CSV-Tagestabelle und speichert dann alles in einem Schritt, oder nichts, wenn eine Zeile ein Problem hat. dose_planned wird ignoriert; das dose_taken jedes Tages wird zu einer Dosis ohne Uhrzeit.</translation>
    </message>
    <message>
        <source>import a full JSON export</source>
        <translation>einen vollständigen JSON-Export importieren</translation>
    </message>
    <message>
        <source>Check the whole file, then store all of it in one step, or nothing if anything in it has a problem.</source>
        <translation>Prüft die ganze Datei und speichert dann alles in einem Schritt, oder nichts, wenn etwas darin ein Problem hat.</translation>
    </message>
    <message>
        <source>write the provider PDF report for a date range</source>
        <translation>den PDF-Bericht für die Ärztin oder den Arzt für einen Zeitraum schreiben</translation>
    </message>
    <message>
        <source>Write the provider report (PDF) for the days FROM to TO inclusive: a one-page summary, then the daily table, the plan&apos;s revision history, the items with the highest means and other medications. The file is replaced atomically and readable by you only. Paper size follows the paper_size setting (auto: Letter in US/Canada/Mexico-style locales, else A4). With --plan-sheet it writes instead the one-page plan sheet: the current dose, the next steps, holds, who agreed the plan, the tolerance note and room for the provider&apos;s signature (no dates needed). The report speaks the app&apos;s language setting.</source>
        <translation>Schreibt den Bericht für die Ärztin oder den Arzt (PDF) für die Tage FROM bis TO einschließlich: eine einseitige Zusammenfassung, dann die Tagestabelle, die Änderungsgeschichte des Plans, die Items mit den höchsten Mittelwerten und andere Medikamente. Die Datei wird atomar ersetzt und ist nur für Sie lesbar. Das Papierformat folgt der Einstellung paper_size (auto: Letter bei Gebietsschemata wie USA, Kanada oder Mexiko, sonst A4). Mit --plan-sheet wird stattdessen das einseitige Planblatt geschrieben: die aktuelle Dosis, die nächsten Schritte, Pausen, wer dem Plan zugestimmt hat, der Hinweis zur Toleranz und Platz für die Unterschrift der Ärztin oder des Arztes (keine Daten nötig). Der Bericht folgt der Spracheinstellung der App.</translation>
    </message>
    <message>
        <source>first day of the period (required unless --plan-sheet)</source>
        <translation>erster Tag des Zeitraums (Pflicht außer mit --plan-sheet)</translation>
    </message>
    <message>
        <source>last day of the period, inclusive (required unless --plan-sheet)</source>
        <translation>letzter Tag des Zeitraums, einschließlich (Pflicht außer mit --plan-sheet)</translation>
    </message>
    <message>
        <source>write the one-page plan sheet instead of the report</source>
        <translation>das einseitige Planblatt statt des Berichts schreiben</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>wohin das PDF geschrieben wird</translation>
    </message>
    <message>
        <source>patient name to print</source>
        <translation>Name der Patientin oder des Patienten für den Druck</translation>
    </message>
    <message>
        <source>provider name to print</source>
        <translation>Name der Ärztin oder des Arztes für den Druck</translation>
    </message>
    <message>
        <source>leave out the daily table</source>
        <translation>die Tagestabelle weglassen</translation>
    </message>
    <message>
        <source>leave out the day notes</source>
        <translation>die Tagesnotizen weglassen</translation>
    </message>
    <message>
        <source>paper size (default: the paper_size setting)</source>
        <translation>Papierformat (Standard: die Einstellung paper_size)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the report needs %1 (or use --plan-sheet)</source>
        <translation>der Bericht braucht %1 (oder verwenden Sie --plan-sheet)</translation>
    </message>
    <message>
        <source>Report for %1 to %2 written to %3</source>
        <translation>Bericht für %1 bis %2 in %3 geschrieben</translation>
    </message>
    <message>
        <source>Plan sheet written to %1</source>
        <translation>Planblatt in %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s); at or below plan on %2 of %3 logged days with a plan</source>
        <translation>
            <numerusform>eingetragen an %1 von %n Tag; im Plan oder darunter an %2 von %3 eingetragenen Tagen mit Plan</numerusform>
            <numerusform>eingetragen an %1 von %n Tagen; im Plan oder darunter an %2 von %3 eingetragenen Tagen mit Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>above plan on %n day(s)</source>
        <translation>
            <numerusform>über dem Plan an %n Tag</numerusform>
            <numerusform>über dem Plan an %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>logged on %1 of %n day(s)</source>
        <translation>
            <numerusform>eingetragen an %1 von %n Tag</numerusform>
            <numerusform>eingetragen an %1 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %1 of %n day(s)</source>
        <translation>
            <numerusform>an %1 von %n Tag</numerusform>
            <numerusform>an %1 von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete check-in(s)</source>
        <translation>
            <numerusform>%n vollständiger Tageseintrag</numerusform>
            <numerusform>%n vollständige Tageseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial check-in(s) not plotted</source>
        <translation>
            <numerusform>%n teilweiser Tageseintrag nicht eingezeichnet</numerusform>
            <numerusform>%n teilweise Tageseinträge nicht eingezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s)</source>
        <translation>
            <numerusform>%n weiterer Schritt</numerusform>
            <numerusform>%n weitere Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier hold(s)</source>
        <translation>
            <numerusform>und %n frühere Pause</numerusform>
            <numerusform>und %n frühere Pausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem)</numerusform>
            <numerusform>%1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiteres</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) already hold data (%1)</source>
        <translation>
            <numerusform>%n Tag hat schon Daten (%1)</numerusform>
            <numerusform>%n Tage haben schon Daten (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Taper Desktop cannot start.</source>
        <translation>Taper Desktop kann nicht starten.</translation>
    </message>
    <message>
        <source>%1. Nothing in it was changed. Check that the folder exists and that you may write to it (and that the disk is not full), then start again.</source>
        <translation>%1. Darin wurde nichts geändert. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen (und ob die Festplatte voll ist), und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open with this data folder; its window was brought to the front.</source>
        <translation>Taper Desktop ist mit diesem Datenordner bereits geöffnet; sein Fenster wurde nach vorne geholt.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open.</source>
        <translation>Taper Desktop ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Taper Desktop is already open with the data folder %1 but did not answer. Switch to that window; a second copy could damage your data.</source>
        <translation>Taper Desktop ist bereits mit dem Datenordner %1 geöffnet, hat aber nicht geantwortet. Wechseln Sie zu diesem Fenster; eine zweite Kopie könnte Ihre Daten beschädigen.</translation>
    </message>
    <message>
        <source>%1 could not be removed (%2). Please remove it yourself.</source>
        <translation>%1 konnte nicht entfernt werden (%2). Bitte entfernen Sie es selbst.</translation>
    </message>
    <message>
        <source>Not everything could be deleted.</source>
        <translation>Nicht alles konnte gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>geplant %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>genommen %1</translation>
    </message>
    <message>
        <source>%1 total %2%3</source>
        <translation>%1 gesamt %2%3</translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation>, %1 (konventioneller Bereich)</translation>
    </message>
    <message>
        <source>appointment %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>starts %1.</source>
        <translation>beginnt am %1.</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source> (%1 MME/day*)</source>
        <translation> (%1 MME/Tag*)</translation>
    </message>
    <message>
        <source>, day %1 of this step</source>
        <translation>, Tag %1 dieser Stufe</translation>
    </message>
    <message>
        <source>Next step %1: %2.</source>
        <translation>Nächster Schritt %1: %2.</translation>
    </message>
    <message>
        <source>Projected end %1.</source>
        <translation>Voraussichtliches Ende %1.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan change</source>
        <translation>Planänderung</translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan change in a narrow calendar cell</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Day details</source>
        <translation>Details des Tages</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Planübersicht</translation>
    </message>
    <message>
        <source>Set up your &amp;taper plan...</source>
        <translation>Reduktionsp&amp;lan einrichten...</translation>
    </message>
    <message>
        <source>&lt; Previous month</source>
        <translation>&lt; Voriger Monat</translation>
    </message>
    <message>
        <source>Next month &gt;</source>
        <translation>Nächster Monat &gt;</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Angezeigter Monat</translation>
    </message>
    <message>
        <source>&lt;b&gt;No taper plan yet.&lt;/b&gt; Set up the plan you agreed with your provider to see it here day by day. You can log doses on any day meanwhile.</source>
        <translation>&lt;b&gt;Noch kein Reduktionsplan.&lt;/b&gt; Richten Sie den mit Ihren Behandelnden vereinbarten Plan ein, um ihn hier Tag für Tag zu sehen. Dosen können Sie inzwischen an jedem Tag eintragen.</translation>
    </message>
    <message>
        <source>The hold from %1 was cancelled before any day was held; the steps go on as planned.</source>
        <translation>Die Pause ab %1 wurde abgebrochen, bevor ein Tag angehalten wurde; die Stufen gehen wie geplant weiter.</translation>
    </message>
    <message>
        <source>Steps resumed: held %1 to %2 (%3); later steps moved on by as many days.</source>
        <translation>Stufen fortgesetzt: pausiert von %1 bis %2 (%3); spätere Stufen sind um ebenso viele Tage verschoben.</translation>
    </message>
    <message>
        <source>Steps paused from %1.</source>
        <translation>Stufen pausiert ab %1.</translation>
    </message>
    <message>
        <source>Pa&amp;use steps (hold)...</source>
        <translation>Stufen &amp;pausieren...</translation>
    </message>
    <message>
        <source>Plan message</source>
        <translation>Planhinweis</translation>
    </message>
    <message>
        <source>P</source>
        <comment>short for Plan in a narrow calendar cell</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>T</source>
        <comment>short for Took in a narrow calendar cell</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>S</source>
        <comment>short for Step in a narrow calendar cell</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>V</source>
        <comment>short for Visit in a narrow calendar cell</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Plan histor&amp;y...</source>
        <translation>Plan&amp;verlauf...</translation>
    </message>
    <message>
        <source>Dot: SOWS total and its conventional band (the stronger the dot, the higher). Keys: arrows, Page Up/Down, Enter.</source>
        <translation>Punkt: SOWS-Gesamtwert und sein konventioneller Bereich (je kräftiger der Punkt, desto höher). Tasten: Pfeile, Bild auf/ab, Eingabe.</translation>
    </message>
    <message>
        <source>Arrows move a day or a week, Page Up/Down a month, Home today, Enter opens the day. SOWS-Gossop totals are named and have no bands. Small marks at the top right: a flag (flagged for your provider), a sheet (a note), a pencil (a check-in typed but not saved).</source>
        <translation>Pfeile gehen einen Tag oder eine Woche weiter, Bild auf/ab einen Monat, Pos1 zu heute, Eingabe öffnet den Tag. SOWS-Gossop-Gesamtwerte werden genannt und haben keine Bereiche. Kleine Zeichen oben rechts: eine Fahne (für Ihre Behandelnden markiert), ein Blatt (eine Notiz), ein Stift (ein Tageseintrag, eingegeben, aber nicht gespeichert).</translation>
    </message>
    <message>
        <source>Change p&amp;lan...</source>
        <translation>P&amp;lan ändern...</translation>
    </message>
    <message>
        <source>Res&amp;ume steps</source>
        <translation>St&amp;ufen fortsetzen</translation>
    </message>
    <message>
        <source>Today %s %s</source>
        <translation type="vanished">Heute %s %s</translation>
    </message>
    <message>
        <source>, steps paused</source>
        <translation>, Stufen pausiert</translation>
    </message>
    <message>
        <source>Next step %s: %s %s.</source>
        <translation type="vanished">Nächste Stufe %s: %s %s.</translation>
    </message>
    <message>
        <source>End date moves once you resume.</source>
        <translation>Das Enddatum verschiebt sich, sobald Sie fortsetzen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;A plan to confirm with your provider.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ein Plan, den Sie mit Ihren Behandelnden bestätigen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Use Change plan to correct it.</source>
        <translation>Mit „Plan ändern“ lässt sich das korrigieren.</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>a new plan revision takes effect</source>
        <translation>eine neue Planfassung gilt ab heute</translation>
    </message>
    <message>
        <source>doses not logged</source>
        <translation>Dosen nicht eingetragen</translation>
    </message>
    <message>
        <source>a note, no symptoms rated</source>
        <translation>eine Notiz, keine Symptome bewertet</translation>
    </message>
    <message>
        <source>check-in partly answered</source>
        <translation>Tageseintrag teilweise beantwortet</translation>
    </message>
    <message>
        <source>the planned dose changes</source>
        <translation>die geplante Dosis ändert sich</translation>
    </message>
    <message>
        <source>steps on hold</source>
        <translation>Stufen pausiert</translation>
    </message>
    <message>
        <source>flagged for your provider</source>
        <translation>für Ihre Behandelnden markiert</translation>
    </message>
    <message>
        <source>a check-in draft not saved</source>
        <translation>ein nicht gespeicherter Entwurf eines Tageseintrags</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan nicht gespeichert</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 Tag</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation type="vanished">%d Tage</translation>
    </message>
    <message>
        <source>Hold not saved</source>
        <translation>Pause nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ChartControls</name>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>2 &amp;weeks</source>
        <translation>2 &amp;Wochen</translation>
    </message>
    <message>
        <source>1 &amp;month</source>
        <translation>1 &amp;Monat</translation>
    </message>
    <message>
        <source>3 m&amp;onths</source>
        <translation>3 M&amp;onate</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Withdrawal scale shown</source>
        <translation>Angezeigte Entzugsskala</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Reading your diary...</source>
        <translation>Ihr Tagebuch wird gelesen...</translation>
    </message>
    <message>
        <source>No charts yet</source>
        <translation>Noch keine Diagramme</translation>
    </message>
    <message>
        <source>Trends of your symptoms against your dose steps will show here once you have saved a check-in.</source>
        <translation>Hier erscheinen die Verläufe Ihrer Symptome gegenüber den Dosisstufen, sobald Sie einen Tageseintrag gespeichert haben.</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Diagramme im Zeitverlauf</translation>
    </message>
    <message>
        <source>Drag to move in time, scroll to zoom; point at a day (or use the arrow keys) to see its values</source>
        <translation>Ziehen, um in der Zeit zu wandern, scrollen zum Zoomen; auf einen Tag zeigen (oder die Pfeiltasten nutzen), um seine Werte zu sehen</translation>
    </message>
    <message>
        <source>Mean total after each dose cut</source>
        <translation>Mittlerer Gesamtwert nach jeder Dosissenkung</translation>
    </message>
    <message>
        <source>Mean total after a cut, in words</source>
        <translation>Mittlerer Gesamtwert nach einer Senkung, in Worten</translation>
    </message>
</context>
<context>
    <name>CheckInFooter</name>
    <message>
        <source>Scale total</source>
        <translation>Skalengesamtwert</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Tageseintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save check-in (Ctrl+S)</source>
        <translation>Tageseintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Go back to what is saved for this day</source>
        <translation>Zum Gespeicherten dieses Tages zurückkehren</translation>
    </message>
    <message>
        <source>Total: not answered yet (0 of %1)</source>
        <translation>Gesamt: noch nicht beantwortet (0 von %1)</translation>
    </message>
    <message>
        <source>Total: incomplete (%1 of %2)</source>
        <translation>Gesamt: unvollständig (%1 von %2)</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Gesamt: %1 von %2</translation>
    </message>
    <message>
        <source> · %1 (conventional band)</source>
        <translation> · %1 (konventioneller Bereich)</translation>
    </message>
    <message>
        <source>A total needs every item; you can still save, and it is kept as partial.</source>
        <translation>Ein Gesamtwert braucht alle Fragen; Sie können trotzdem speichern, der Eintrag gilt dann als teilweise.</translation>
    </message>
    <message>
        <source>Bands are conventional, not validated.</source>
        <translation>Die Bereiche sind konventionell, nicht validiert. Diese Übersetzung ist nicht validiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source> · a note, no symptoms rated</source>
        <translation> · eine Notiz, keine Symptome bewertet</translation>
    </message>
    <message>
        <source> · partial (%1 of %2)</source>
        <translation> · teilweise (%1 von %2)</translation>
    </message>
    <message>
        <source> · changes not saved yet (kept as a draft)</source>
        <translation> · Änderungen noch nicht gespeichert (als Entwurf behalten)</translation>
    </message>
    <message>
        <source>Not saved yet (kept as a draft)</source>
        <translation>Noch nicht gespeichert (als Entwurf behalten)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Future days cannot be filled in yet.</source>
        <translation>Künftige Tage können noch nicht ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Nothing to save yet: answer an item or write a note first.</source>
        <translation>Noch nichts zu speichern: Beantworten Sie zuerst eine Frage oder schreiben Sie eine Notiz.</translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is kept as a draft.</source>
        <translation>Nicht gespeichert: %1. Ihre Eingabe bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Saved for %1 as a note: no symptoms rated, so it does not count as a check-in.</source>
        <translation>Für %1 als Notiz gespeichert: Es sind keine Symptome bewertet, daher zählt es nicht als Tageseintrag.</translation>
    </message>
    <message>
        <source>Check-in for %1 saved.</source>
        <translation>Tageseintrag für %1 gespeichert.</translation>
    </message>
    <message>
        <source>Check-in for %1 saved as partial.</source>
        <translation>Tageseintrag für %1 als teilweise gespeichert.</translation>
    </message>
    <message>
        <source> as partial</source>
        <translation type="vanished"> als teilweise</translation>
    </message>
    <message>
        <source>Check-in for %s saved%s.</source>
        <translation type="vanished">Tageseintrag für %s gespeichert%s.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Left)</source>
        <translation>Voriger Tag (Strg+Links)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Ctrl+Right)</source>
        <translation>Nächster Tag (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute</translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation>Tag dieses Tageseintrags</translation>
    </message>
    <message>
        <source>Suggestions and notes</source>
        <translation>Hinweise und Notizen</translation>
    </message>
    <message>
        <source>Extra symptoms (kept apart from the scale total)</source>
        <translation>Zusätzliche Symptome (getrennt vom Skalengesamtwert)</translation>
    </message>
    <message>
        <source>Track extra symptoms</source>
        <translation>Zusätzliche Symptome erfassen</translation>
    </message>
    <message>
        <source>Other measures</source>
        <translation>Weitere Werte</translation>
    </message>
    <message>
        <source>Other medications taken</source>
        <translation>Andere eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember about today</source>
        <translation>Was Sie sich von heute merken möchten</translation>
    </message>
    <message>
        <source>Flag this day for my pro&amp;vider</source>
        <translation>Diesen Tag für meine Behandelnden &amp;markieren</translation>
    </message>
    <message>
        <source>Flag this day for my provider</source>
        <translation>Diesen Tag für meine Behandelnden markieren</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>%1 · yesterday</source>
        <translation>%1 · gestern</translation>
    </message>
    <message>
        <source>%1: symptoms reported with kratom but absent from SOWS (Singh et al. 2014; Smith et al. 2022), scored 0-4, kept apart from the total.</source>
        <translation>%1: bei Kratom beschriebene Symptome, die in der SOWS fehlen (Singh et al. 2014; Smith et al. 2022), bewertet mit 0-4, getrennt vom Gesamtwert.</translation>
    </message>
    <message>
        <source>%1: optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation>%1: optionale Symptome, bewertet mit 0-4, getrennt vom Skalengesamtwert.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Type 0 to %1 to answer and move on; Backspace makes it blank</source>
        <translation>0 bis %1 tippen, um zu antworten und weiterzugehen; die Rücktaste macht sie wieder leer</translation>
    </message>
</context>
<context>
    <name>CustomStepsBox</name>
    <message>
        <source>Custom steps (date and new daily dose)</source>
        <translation>Individuelle Stufen (Datum und neue Tagesdosis)</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Custom steps</source>
        <translation>Individuelle Stufen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Individuelle Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Remove selected custom step</source>
        <translation>Gewählte individuelle Stufe entfernen</translation>
    </message>
    <message>
        <source>Custom steps problem</source>
        <translation>Problem bei den individuellen Stufen</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1: the date must be YYYY-MM-DD.</source>
        <translation>%1: Das Datum muss JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>%1: type the dose (0 to stop).</source>
        <translation>%1: Geben Sie die Dosis ein (0 zum Absetzen).</translation>
    </message>
</context>
<context>
    <name>DayDetails</name>
    <message>
        <source>Values of the day pointed at</source>
        <translation>Werte des gezeigten Tages</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Planned dose: %1</source>
        <translation>Geplante Dosis: %1</translation>
    </message>
    <message>
        <source>Dose taken: %1</source>
        <translation>Genommene Dosis: %1</translation>
    </message>
    <message>
        <source>On hold (steps paused)</source>
        <translation>Pausiert (Stufen angehalten)</translation>
    </message>
    <message>
        <source>Step to %1 today</source>
        <translation>Heute Stufe auf %1</translation>
    </message>
    <message>
        <source>Day %1 of the step down to %2</source>
        <translation>Tag %1 der Stufe auf %2</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Tageseintrag: %1</translation>
    </message>
    <message>
        <source>A note, no symptoms rated (not a check-in)</source>
        <translation>Eine Notiz, keine Symptome bewertet (kein Tageseintrag)</translation>
    </message>
    <message>
        <source>%1: partial check-in, %2 of %3 items answered (no total)</source>
        <translation>%1: Tageseintrag teilweise, %2 von %3 Fragen beantwortet (kein Gesamtwert)</translation>
    </message>
    <message>
        <source>%1 total: %2</source>
        <translation>%1 gesamt: %2</translation>
    </message>
    <message>
        <source>(conventional band: %1)</source>
        <translation>(konventioneller Bereich: %1)</translation>
    </message>
    <message>
        <source>7-day mean: %1</source>
        <translation>7-Tage-Mittel: %1</translation>
    </message>
    <message>
        <source>Craving, pain, sleep quality, mood: %1</source>
        <translation>Verlangen, Schmerz, Schlafqualität, Stimmung: %1</translation>
    </message>
    <message>
        <source>Slept %1 hours</source>
        <translation>%1 Stunden geschlafen</translation>
    </message>
    <message>
        <source>Highest items: %1</source>
        <translation>Höchste Fragen: %1</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Selected day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation>Geplante Dosis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="obsolete">&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Übersicht des Tageseintrags</translation>
    </message>
    <message>
        <source>Open this day&apos;s check-in</source>
        <translation>Tageseintrag dieses Tages öffnen</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere Medikamente</translation>
    </message>
    <message>
        <source>Other medications this day</source>
        <translation type="vanished">Andere Medikamente an diesem Tag</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="vanished">Name des Medikaments</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Medication amount</source>
        <translation type="vanished">Menge des Medikaments</translation>
    </message>
    <message>
        <source>Medication unit</source>
        <translation type="vanished">Einheit des Medikaments</translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="vanished">Einheit</translation>
    </message>
    <message>
        <source>Medication time</source>
        <translation type="vanished">Uhrzeit des Medikaments</translation>
    </message>
    <message>
        <source>Add &amp;medication</source>
        <translation>&amp;Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Delete selected medication</source>
        <translation type="vanished">Gewähltes Medikament löschen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Open chec&amp;k-in</source>
        <translation>Tageseintr&amp;ag öffnen</translation>
    </message>
    <message>
        <source>⚑ Flagged for your provider</source>
        <translation>⚑ Für Ihre Behandelnden markiert</translation>
    </message>
    <message>
        <source>Flagged for your provider</source>
        <translation>Für Ihre Behandelnden markiert</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation>Den nicht gespeicherten Tageseintrag öffnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsaved check-in</source>
        <translation>Den nicht gespeicherten Tageseintrag verwerfen</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source> (%1 MME/day)</source>
        <translation> (%1 MME/Tag)</translation>
    </message>
    <message>
        <source>Day %1 of this step.</source>
        <translation>Tag %1 dieser Stufe.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1 partly answered (%2 of %3 items)</source>
        <translation>%1 teilweise beantwortet (%2 von %3 Fragen)</translation>
    </message>
    <message>
        <source>%1 total %2 of %3</source>
        <translation>%1 gesamt %2 von %3</translation>
    </message>
    <message>
        <source>, %1 (conventional band)</source>
        <translation>, %1 (konventioneller Bereich)</translation>
    </message>
    <message>
        <source>Total taken: %s %s</source>
        <translation type="vanished">Insgesamt genommen: %s %s</translation>
    </message>
    <message>
        <source> (%s %s above the plan)</source>
        <translation type="vanished"> (%s %s über dem Plan)</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %s %s</source>
        <translation type="vanished">Trägt den Rest der geplanten Dosis ein: %s %s</translation>
    </message>
    <message>
        <source>Logs %s %s</source>
        <translation type="vanished">Trägt %s %s ein</translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation>Noch kein Reduktionsplan.</translation>
    </message>
    <message>
        <source>Before the plan starts.</source>
        <translation>Bevor der Plan beginnt.</translation>
    </message>
    <message>
        <source>Planned: %s %s</source>
        <translation type="vanished">Geplant: %s %s</translation>
    </message>
    <message>
        <source>Steps paused (hold).</source>
        <translation>Stufen pausiert.</translation>
    </message>
    <message>
        <source>The dose changes today.</source>
        <translation>Die Dosis ändert sich heute.</translation>
    </message>
    <message>
        <source>A new plan revision takes effect today.</source>
        <translation>Heute gilt eine neue Planfassung.</translation>
    </message>
    <message>
        <source>A note, no symptoms rated.</source>
        <translation>Eine Notiz, keine Symptome bewertet.</translation>
    </message>
    <message>
        <source>Can be filled in on the day.</source>
        <translation>Kann am Tag selbst ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Logged %s %s as planned.</source>
        <translation type="vanished">%s %s wie geplant eingetragen.</translation>
    </message>
    <message>
        <source>Name: type the medication&apos;s name.</source>
        <translation type="vanished">Name: Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Select a medication in the list first.</source>
        <translation type="vanished">Wählen Sie zuerst ein Medikament in der Liste.</translation>
    </message>
</context>
<context>
    <name>DeleteDataDialog</name>
    <message>
        <source>DELETE</source>
        <comment>the word typed to confirm deleting all data</comment>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>This removes everything Taper Desktop keeps on this computer: your plan, doses, check-ins, notes, drafts, the names typed for reports and all backups, in %1. It cannot be undone. Consider exporting a copy first (File &gt; Export data).

Taper Desktop then quits. To go ahead, type %2 below.</source>
        <translation>Damit wird alles entfernt, was Taper Desktop auf diesem Computer speichert: Ihr Plan, Dosen, Tageseinträge, Notizen, Entwürfe, die für Berichte eingegebenen Namen und alle Sicherungen, in %1. Das lässt sich nicht rückgängig machen. Exportieren Sie vorher eventuell eine Kopie (Datei &gt; Daten exportieren).

Danach wird Taper Desktop beendet. Um fortzufahren, geben Sie unten %2 ein.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zum Bestätigen %1 eingeben</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
</context>
<context>
    <name>DoseBox</name>
    <message>
        <source>Doses taken</source>
        <translation>Genommene Dosen</translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation>&amp;Wie geplant genommen</translation>
    </message>
    <message>
        <source>Log the planned dose for this day in one step</source>
        <translation>Die geplante Dosis dieses Tages in einem Schritt eintragen</translation>
    </message>
    <message>
        <source>Doses taken this day</source>
        <translation>An diesem Tag genommene Dosen</translation>
    </message>
    <message>
        <source>Total taken</source>
        <translation>Insgesamt genommen</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Dosismenge</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Dose time</source>
        <translation>Uhrzeit der Dosis</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Dose note</source>
        <translation>Notiz zur Dosis</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>&amp;Add dose</source>
        <translation>D&amp;osis hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit selected dose</source>
        <translation>Gewählte Dosis bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lösche&amp;n</translation>
    </message>
    <message>
        <source>Delete selected dose</source>
        <translation>Gewählte Dosis löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>ohne Uhrzeit</translation>
    </message>
    <message>
        <source>Total taken: %1</source>
        <translation>Insgesamt genommen: %1</translation>
    </message>
    <message>
        <source> (%1 above the plan)</source>
        <translation> (%1 über dem Plan)</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation>Trägt den Rest der geplanten Dosis ein: %1</translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation>Trägt %1 ein</translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation>%1 wie geplant eingetragen.</translation>
    </message>
    <message>
        <source>Amount: %1.</source>
        <translation>Menge: %1.</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Uhrzeit: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation>Für diesen Tag ist keine Dosis geplant</translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation>Die geplante Dosis ist schon eingetragen</translation>
    </message>
    <message>
        <source>Set up a taper plan to log doses: each dose is kept in the unit of its substance.</source>
        <translation>Richten Sie zuerst einen Ausschleichplan ein, um Dosen einzutragen: Jede Dosis wird in der Einheit ihrer Substanz gespeichert.</translation>
    </message>
    <message>
        <source>Edit cancelled; the dose is unchanged.</source>
        <translation>Bearbeiten abgebrochen; die Dosis ist unverändert.</translation>
    </message>
    <message>
        <source>Not saved; the amount is still there to change.</source>
        <translation>Nicht gespeichert; Sie können die Menge noch ändern.</translation>
    </message>
    <message>
        <source>Dose changed.</source>
        <translation>Dosis geändert.</translation>
    </message>
    <message>
        <source>Dose added.</source>
        <translation>Dosis hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save changes to the dose</source>
        <translation>Änderungen an der Dosis speichern</translation>
    </message>
    <message>
        <source>Add dose</source>
        <translation>Dosis hinzufügen</translation>
    </message>
    <message>
        <source>Select a dose in the list first.</source>
        <translation>Wählen Sie zuerst eine Dosis in der Liste.</translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation>Dosis gelöscht.</translation>
    </message>
</context>
<context>
    <name>DoseStrip</name>
    <message>
        <source>Planned dose</source>
        <translation>Geplante Dosis</translation>
    </message>
    <message>
        <source>Doses taken</source>
        <translation>Genommene Dosen</translation>
    </message>
    <message>
        <source>Taken as &amp;planned</source>
        <translation>&amp;Wie geplant genommen</translation>
    </message>
    <message>
        <source>Log the planned dose as taken</source>
        <translation>Die geplante Dosis als genommen eintragen</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Dosismenge</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Dose time (optional, HH:MM)</source>
        <translation>Uhrzeit der Dosis (optional, HH:MM)</translation>
    </message>
    <message>
        <source>Optional. 24-hour time, for example 08:30</source>
        <translation>Optional. 24-Stunden-Uhrzeit, zum Beispiel 08:30</translation>
    </message>
    <message>
        <source>&amp;Log dose</source>
        <translation>Dosis &amp;eintragen</translation>
    </message>
    <message>
        <source>Log this dose</source>
        <translation>Diese Dosis eintragen</translation>
    </message>
    <message>
        <source>No taper plan yet.</source>
        <translation>Noch kein Reduktionsplan.</translation>
    </message>
    <message>
        <source>No planned dose for this day.</source>
        <translation>Für diesen Tag ist keine Dosis geplant.</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Geplant: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · day %1 of this step</source>
        <translation> · Tag %1 dieser Stufe</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <source>Taken: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Genommen: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %1</source>
        <translation>Trägt den Rest der geplanten Dosis ein: %1</translation>
    </message>
    <message>
        <source>Logs %1</source>
        <translation>Trägt %1 ein</translation>
    </message>
    <message>
        <source>The dose was not logged: %1</source>
        <translation>Die Dosis wurde nicht eingetragen: %1</translation>
    </message>
    <message>
        <source>Logged %1 as planned.</source>
        <translation>%1 wie geplant eingetragen.</translation>
    </message>
    <message>
        <source>The time &apos;%1&apos; is not HH:MM, for example 08:30. Nothing was logged.</source>
        <translation>Die Uhrzeit &apos;%1&apos; ist nicht im Format HH:MM, zum Beispiel 08:30. Nichts wurde eingetragen.</translation>
    </message>
    <message>
        <source>Logged %1.</source>
        <translation>%1 eingetragen.</translation>
    </message>
    <message>
        <source>Not logged; the amount is still there to change.</source>
        <translation>Nicht eingetragen; Sie können die Menge noch ändern.</translation>
    </message>
    <message>
        <source>Planned: &lt;b&gt;%s %s&lt;/b&gt;</source>
        <translation type="vanished">Geplant: &lt;b&gt;%s %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · on hold</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>Taken: not logged</source>
        <translation>Genommen: nicht eingetragen</translation>
    </message>
    <message>
        <source>Set up a taper plan in the Taper calendar tab to log doses here.</source>
        <translation>Richten Sie im Reiter Reduktionskalender einen Reduktionsplan ein, um hier Dosen einzutragen.</translation>
    </message>
    <message>
        <source>Taken: &lt;b&gt;%s %s&lt;/b&gt; (%s)</source>
        <translation type="vanished">Genommen: &lt;b&gt;%s %s&lt;/b&gt; (%s)</translation>
    </message>
    <message>
        <source>There is no planned dose for this day</source>
        <translation>Für diesen Tag ist keine Dosis geplant</translation>
    </message>
    <message>
        <source>The planned dose is already logged</source>
        <translation>Die geplante Dosis ist schon eingetragen</translation>
    </message>
    <message>
        <source>Logs the rest of the planned dose: %s %s</source>
        <translation type="vanished">Trägt den Rest der geplanten Dosis ein: %s %s</translation>
    </message>
    <message>
        <source>Logs %s %s</source>
        <translation type="vanished">Trägt %s %s ein</translation>
    </message>
    <message>
        <source>Logged %s %s as planned.</source>
        <translation type="vanished">%s %s wie geplant eingetragen.</translation>
    </message>
    <message>
        <source>Type the amount taken first.</source>
        <translation>Geben Sie zuerst die genommene Menge ein.</translation>
    </message>
    <message>
        <source>The time %r is not HH:MM, for example 08:30. Nothing was logged.</source>
        <translation type="vanished">Die Uhrzeit %r ist nicht im Format HH:MM, zum Beispiel 08:30. Nichts wurde eingetragen.</translation>
    </message>
    <message>
        <source>Logged %s %s.</source>
        <translation type="vanished">%s %s eingetragen.</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the unsaved check-in</source>
        <translation>Den nicht gespeicherten Tageseintrag öffnen</translation>
    </message>
    <message>
        <source>Dismiss the draft notice</source>
        <translation>Hinweis zum Entwurf schließen</translation>
    </message>
    <message>
        <source>Draft not saved: the check-in for %1.</source>
        <translation>Entwurf nicht gespeichert: der Tageseintrag für %1.</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>Entwurf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>One more day has a draft (marked in the calendar).</source>
        <translation>Ein weiterer Tag hat einen Entwurf (im Kalender markiert).</translation>
    </message>
    <message>
        <source>(and 1 more day)</source>
        <translation>(und 1 weiterer Tag)</translation>
    </message>
    <message>
        <source>%d more days have drafts (marked in the calendar).</source>
        <translation type="vanished">%d weitere Tage haben Entwürfe (im Kalender markiert).</translation>
    </message>
    <message>
        <source>(and %d more days)</source>
        <translation type="vanished">(und %d weitere Tage)</translation>
    </message>
</context>
<context>
    <name>FhirDialog</name>
    <message>
        <source>Export for a clinic system</source>
        <translation>Für ein Praxissystem exportieren</translation>
    </message>
    <message>
        <source>A FHIR R4 file that a clinic&apos;s record system can read: your check-ins, doses, visits and your taper plan. It is saved only where you choose; give it to your clinic the way they ask.</source>
        <translation>Eine FHIR-R4-Datei, die das Aktensystem einer Praxis lesen kann: Ihre Tageseinträge, Dosen, Termine und Ihr Reduktionsplan. Sie wird nur dort gespeichert, wo Sie es wählen; geben Sie sie Ihrer Praxis so, wie diese es wünscht.</translation>
    </message>
    <message>
        <source>&amp;All days</source>
        <translation>&amp;Alle Tage</translation>
    </message>
    <message>
        <source>Export all days</source>
        <translation>Alle Tage exportieren</translation>
    </message>
    <message>
        <source>First day to export</source>
        <translation>Erster zu exportierender Tag</translation>
    </message>
    <message>
        <source>Last day to export</source>
        <translation>Letzter zu exportierender Tag</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>The name is the only personal detail in the file; leave it empty to leave it out.</source>
        <translation>Der Name ist die einzige persönliche Angabe in der Datei; lassen Sie ihn leer, um ihn wegzulassen.</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation type="vanished">Problem mit den Daten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="vanished">&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation>Name der &amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Save file...</source>
        <translation>Datei &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the clinic file</source>
        <translation>Datei für die Praxis speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation type="vanished">Der erste Tag (%1) liegt nach dem letzten (%2). Wählen Sie einen ersten Tag am oder vor dem letzten Tag.</translation>
    </message>
</context>
<context>
    <name>HoldBanner</name>
    <message>
        <source>Suggestion about a hold</source>
        <translation>Hinweis zu einer Pause</translation>
    </message>
    <message>
        <source>Rec&amp;ord a hold from today</source>
        <translation>Eine &amp;Pause ab heute eintragen</translation>
    </message>
    <message>
        <source>Record a hold from today</source>
        <translation>Eine Pause ab heute eintragen</translation>
    </message>
    <message>
        <source>Pauses the steps from today until you end the hold; later steps move on by the days held. Plan to confirm with your provider.</source>
        <translation>Hält die Stufen ab heute an, bis Sie die Pause beenden; spätere Stufen verschieben sich um die pausierten Tage. Ein Plan, den Sie mit Ihren Behandelnden bestätigen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Dismiss this suggestion</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>No hold recorded: %1</source>
        <translation>Keine Pause eingetragen: %1</translation>
    </message>
    <message>
        <source>A hold from today is recorded; the steps pause until you end it. Plan to confirm with your provider.</source>
        <translation>Eine Pause ab heute ist eingetragen; die Stufen ruhen, bis Sie sie beenden. Ein Plan, den Sie mit Ihren Behandelnden bestätigen.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Pause the steps (hold)</source>
        <translation>Stufen pausieren</translation>
    </message>
    <message>
        <source>A hold keeps the current dose and moves every later step back by the days held. Consider discussing a hold with your provider.</source>
        <translation>Eine Pause behält die aktuelle Dosis bei und verschiebt jede spätere Stufe um die pausierten Tage. Sprechen Sie eine Pause gegebenenfalls mit Ihren Behandelnden ab.</translation>
    </message>
    <message>
        <source>First held day</source>
        <translation>Erster pausierter Tag</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Hold until I resume</source>
        <translation>Pause, bis ich fortsetze</translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation>Letzter pausierter Tag</translation>
    </message>
    <message>
        <source>Reason for the hold</source>
        <translation>Grund für die Pause</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Start hold</source>
        <translation>Pause beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The last held day cannot be before the first.</source>
        <translation>Der letzte pausierte Tag kann nicht vor dem ersten liegen.</translation>
    </message>
</context>
<context>
    <name>IncreaseBox</name>
    <message>
        <source>This plan raises the dose</source>
        <translation>Dieser Plan erhöht die Dosis</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Dosiserhöhung</translation>
    </message>
    <message>
        <source>My provider agreed to this &amp;increase</source>
        <translation>Meine Behandlung hat dieser &amp;Erhöhung zugestimmt</translation>
    </message>
    <message>
        <source>My provider agreed to this increase</source>
        <translation>Meine Behandlung hat dieser Erhöhung zugestimmt</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;name</source>
        <translation>&amp;Name der Behandlerin/des Behandlers</translation>
    </message>
    <message>
        <source>Name of the provider who agreed the increase</source>
        <translation>Name der Person, die der Erhöhung zugestimmt hat</translation>
    </message>
    <message>
        <source>e.g. Dr. Rivera</source>
        <translation>z. B. Dr. Rivera</translation>
    </message>
    <message>
        <source>Dose increase problem</source>
        <translation>Problem bei der Dosiserhöhung</translation>
    </message>
    <message>
        <source>On %1 the dose rises from %2 to %3.</source>
        <translation>Am %1 steigt die Dosis von %2 auf %3.</translation>
    </message>
    <message>
        <source>An increase is saved only when your provider agreed it; their name is kept with this revision and shown in the plan history and the report.</source>
        <translation>Eine Erhöhung wird nur gespeichert, wenn Ihre Behandlung zugestimmt hat; der Name wird mit dieser Fassung gespeichert und im Planverlauf und im Bericht gezeigt.</translation>
    </message>
    <message>
        <source>Type the name of the provider who agreed it.</source>
        <translation>Geben Sie den Namen der Person ein, die zugestimmt hat.</translation>
    </message>
    <message>
        <source>Tick the box only if your provider agreed this increase, and type their name.</source>
        <translation>Setzen Sie das Häkchen nur, wenn Ihre Behandlung dieser Erhöhung zugestimmt hat, und geben Sie den Namen ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation>Hauptbereiche</translation>
    </message>
    <message>
        <source>Taper &amp;calendar</source>
        <translation>&amp;Reduktionskalender</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Tageseintrag</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>D&amp;iagramme</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Ready. Your data stays on this computer.</source>
        <translation>Bereit. Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)...</source>
        <translation>Be&amp;richt exportieren (PDF)...</translation>
    </message>
    <message>
        <source>Make a PDF summary to bring to your provider</source>
        <translation>Eine PDF-Zusammenfassung für Ihre Behandelnden erstellen</translation>
    </message>
    <message>
        <source>Export &amp;chart as PNG...</source>
        <translation>Dia&amp;gramm als PNG exportieren...</translation>
    </message>
    <message>
        <source>Save the charts as shown to an image file</source>
        <translation>Die Diagramme wie angezeigt als Bilddatei speichern</translation>
    </message>
    <message>
        <source>Print &amp;plan sheet (PDF)...</source>
        <translation>&amp;Planblatt drucken (PDF)...</translation>
    </message>
    <message>
        <source>One page of the plan ahead, to pin up or show a pharmacist</source>
        <translation>Eine Seite mit dem weiteren Plan, zum Aufhängen oder für die Apotheke</translation>
    </message>
    <message>
        <source>Export for a clinic &amp;system (FHIR)...</source>
        <translation>&amp;Für ein Praxissystem exportieren (FHIR)...</translation>
    </message>
    <message>
        <source>Save your diary in the format clinic record systems read</source>
        <translation>Ihr Tagebuch im Format speichern, das Praxis-Aktensysteme lesen</translation>
    </message>
    <message>
        <source>Export cale&amp;ndar (iCalendar)...</source>
        <translation>Ka&amp;lender exportieren (iCalendar)...</translation>
    </message>
    <message>
        <source>Save the step days, holds and appointments for your calendar app</source>
        <translation>Stufentage, Pausen und Termine für Ihre Kalender-App speichern</translation>
    </message>
    <message>
        <source>Calendar: remind the e&amp;vening before each step</source>
        <translation>Kalender: am &amp;Vorabend jeder Stufe erinnern</translation>
    </message>
    <message>
        <source>Exported calendars get a reminder at 20:00 the evening before each step</source>
        <translation>Exportierte Kalender erhalten eine Erinnerung um 20:00 Uhr am Vorabend jeder Stufe</translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation>Daten &amp;importieren...</translation>
    </message>
    <message>
        <source>E&amp;xport data...</source>
        <translation>Daten e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Restore from &amp;backup...</source>
        <translation>Aus &amp;Sicherung wiederherstellen...</translation>
    </message>
    <message>
        <source>Go back to a daily backup copy of your data</source>
        <translation>Zu einer täglichen Sicherungskopie Ihrer Daten zurückkehren</translation>
    </message>
    <message>
        <source>Back &amp;up now...</source>
        <translation>&amp;Jetzt sichern...</translation>
    </message>
    <message>
        <source>Save a complete copy of your data where you choose, a USB stick for example</source>
        <translation>Eine vollständige Kopie Ihrer Daten dort speichern, wo Sie es wählen, zum Beispiel auf einem USB-Stick</translation>
    </message>
    <message>
        <source>Restore from a &amp;file...</source>
        <translation>Aus einer &amp;Datei wiederherstellen...</translation>
    </message>
    <message>
        <source>Go back to a backup copy saved anywhere; it is checked first</source>
        <translation>Zu einer irgendwo gespeicherten Sicherung zurückkehren; sie wird vorher geprüft</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Sp&amp;erren</translation>
    </message>
    <message>
        <source>Hide your diary until the passphrase is typed again</source>
        <translation>Ihr Tagebuch verbergen, bis die Passphrase wieder eingegeben wird</translation>
    </message>
    <message>
        <source>&amp;Delete all my data...</source>
        <translation>&amp;Alle meine Daten löschen...</translation>
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
        <source>Save check-&amp;in</source>
        <translation>&amp;Tageseintrag speichern</translation>
    </message>
    <message>
        <source>Save the check-in shown</source>
        <translation>Den angezeigten Tageseintrag speichern</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Taper Desktop</source>
        <translation>&amp;Über Taper Desktop</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>MeasuresBox</name>
    <message>
        <source>0 none – 10 strongest</source>
        <translation>0 kein – 10 am stärksten</translation>
    </message>
    <message>
        <source>0 none – 10 worst imaginable</source>
        <translation>0 keiner – 10 schlimmster vorstellbarer</translation>
    </message>
    <message>
        <source>in half hours, e.g. 6.5</source>
        <translation>in halben Stunden, z. B. 6,5</translation>
    </message>
    <message>
        <source>0 very poor – 10 very good</source>
        <translation>0 sehr schlecht – 10 sehr gut</translation>
    </message>
    <message>
        <source>0 very low – 10 very good</source>
        <translation>0 sehr gedrückt – 10 sehr gut</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this note for the day</source>
        <translation>Diesen Hinweis für heute schließen</translation>
    </message>
    <message>
        <source>Hide this note for this day</source>
        <translation>Diesen Hinweis für heute ausblenden</translation>
    </message>
</context>
<context>
    <name>OtherMedsBox</name>
    <message>
        <source>None added for this day.</source>
        <translation>Für diesen Tag keine hinzugefügt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Other medication name</source>
        <translation>Name des anderen Medikaments</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Other medication amount (optional)</source>
        <translation>Menge des anderen Medikaments (optional)</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Other medication unit</source>
        <translation>Einheit des anderen Medikaments</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Other medication time (optional, HH:MM)</source>
        <translation>Uhrzeit des anderen Medikaments (optional, HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add this medication</source>
        <translation>Dieses Medikament hinzufügen</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Type the medication&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Medikaments ein.</translation>
    </message>
</context>
<context>
    <name>PeriodFields</name>
    <message>
        <source>Problem with the dates</source>
        <translation>Problem mit den Daten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation>Der erste Tag (%1) liegt nach dem letzten (%2). Wählen Sie einen ersten Tag am oder vor dem letzten Tag.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Change the taper plan</source>
        <translation>Reduktionsplan ändern</translation>
    </message>
    <message>
        <source>Set up your taper plan</source>
        <translation>Ihren Reduktionsplan einrichten</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Save as a new revision</source>
        <translation>Als neue Fassung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>These fields give the plan already in force. Change the dose, the rule, the pace or the dated steps to save a new revision. To pause the steps, use Pause steps (hold) in the calendar.</source>
        <translation>Diese Felder ergeben den Plan, der schon gilt. Um eine neue Fassung zu speichern, ändern Sie die Dosis, die Regel, das Tempo oder die datierten Stufen. Für eine Pause nutzen Sie „Stufen pausieren“ im Kalender.</translation>
    </message>
    <message>
        <source>Type the %1.</source>
        <translation>Geben Sie %1 ein.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Saving adds a new revision. The current plan stays in the history and days before the date in force keep the schedule they had.</source>
        <translation>Beim Speichern entsteht eine neue Fassung. Der aktuelle Plan bleibt im Verlauf, und die Tage vor dem Gültigkeitsdatum behalten ihren bisherigen Ablauf.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 Tage</translation>
    </message>
    <message>
        <source>Increase agreed with provider</source>
        <translation type="vanished">Erhöhung mit meinen Behandelnden vereinbart</translation>
    </message>
    <message>
        <source>Plan agreed with my provider</source>
        <translation type="vanished">Mit meinen Behandelnden vereinbarter Plan</translation>
    </message>
    <message>
        <source>Type the substance&apos;s name.</source>
        <translation>Geben Sie den Namen der Substanz ein.</translation>
    </message>
    <message>
        <source>Type the unit, e.g. mg or tablets.</source>
        <translation>Geben Sie die Einheit ein, z. B. mg oder Tabletten.</translation>
    </message>
    <message>
        <source>start dose</source>
        <translation>die Anfangsdosis</translation>
    </message>
    <message>
        <source>The start dose must be greater than 0.</source>
        <translation type="vanished">Die Anfangsdosis muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>rounding amount</source>
        <translation>den Rundungsschritt</translation>
    </message>
    <message>
        <source>Rounding must be greater than 0.</source>
        <translation type="vanished">Der Rundungsschritt muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>target dose (0 to stop)</source>
        <translation>die Zieldosis (0 zum Absetzen)</translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation type="vanished">Das Ziel kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>The target must be below the start dose.</source>
        <translation type="vanished">Das Ziel muss unter der Anfangsdosis liegen.</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>die Stufengröße</translation>
    </message>
    <message>
        <source>The percent per step must be above 0 and at most 50.</source>
        <translation type="vanished">Der Prozentsatz pro Stufe muss über 0 und höchstens 50 sein.</translation>
    </message>
    <message>
        <source>The amount per step must be greater than 0.</source>
        <translation type="vanished">Die Menge pro Stufe muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The amount per step cannot be more than the start dose.</source>
        <translation type="vanished">Die Menge pro Stufe kann nicht größer als die Anfangsdosis sein.</translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen ein, mindestens 1.</translation>
    </message>
    <message>
        <source>A change cannot start before the plan itself (%s).</source>
        <translation type="vanished">Eine Änderung kann nicht vor dem Plan selbst beginnen (%s).</translation>
    </message>
    <message>
        <source>%s: dates must be in order, each after the one before and after the start date.</source>
        <translation type="vanished">%s: Die Daten müssen geordnet sein, jedes nach dem vorigen und nach dem Startdatum.</translation>
    </message>
    <message>
        <source>%s: the dose cannot be below 0.</source>
        <translation type="vanished">%s: Die Dosis kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>%s raises the dose. Tick &apos;increase agreed with provider&apos; only if that is what you agreed.</source>
        <translation type="vanished">%s erhöht die Dosis. Kreuzen Sie „Erhöhung mit meinen Behandelnden vereinbart“ nur an, wenn Sie das so vereinbart haben.</translation>
    </message>
    <message>
        <source>Add at least one dated step.</source>
        <translation type="vanished">Fügen Sie mindestens eine Stufe mit Datum hinzu.</translation>
    </message>
    <message>
        <source>%d days</source>
        <translation type="vanished">%d Tage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 Tag</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>e.g. mg or tablets</source>
        <translation>z. B. mg oder Tabletten</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Days before this date keep the schedule they had.</source>
        <translation>Tage vor diesem Datum behalten ihren bisherigen Ablauf.</translation>
    </message>
    <message>
        <source>Proportional: a percentage of the most recent dose</source>
        <translation>Proportional: ein Prozentsatz der letzten Dosis</translation>
    </message>
    <message>
        <source>Linear: the same amount each step</source>
        <translation>Linear: bei jeder Stufe dieselbe Menge</translation>
    </message>
    <message>
        <source>Custom: dated steps from a paper schedule</source>
        <translation>Individuell: Stufen mit Datum aus einem Papierplan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>About this rule</source>
        <translation>Zu dieser Regel</translation>
    </message>
    <message>
        <source>Start dose per day</source>
        <translation>Anfangsdosis pro Tag</translation>
    </message>
    <message>
        <source>Where the start dose comes from</source>
        <translation>Woher die Anfangsdosis stammt</translation>
    </message>
    <message>
        <source>Percent per step</source>
        <translation>Prozent pro Stufe</translation>
    </message>
    <message>
        <source>Step every (days)</source>
        <translation>Stufe alle (Tage)</translation>
    </message>
    <message>
        <source>Round doses to</source>
        <translation>Dosen runden auf</translation>
    </message>
    <message>
        <source>The smallest amount you can measure: scale resolution, half tablet, mL.</source>
        <translation>Die kleinste Menge, die Sie abmessen können: Auflösung der Waage, halbe Tablette, mL.</translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation>Zieldosis</translation>
    </message>
    <message>
        <source>0 to stop, or the dose the taper ends at.</source>
        <translation>0 zum Absetzen, oder die Dosis, bei der die Reduktion endet.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. slower steps agreed at the visit</source>
        <translation>z. B. langsamere Stufen, beim Termin vereinbart</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Vereinbart mit</translation>
    </message>
    <message>
        <source>optional, e.g. Dr. Rivera</source>
        <translation>freiwillig, z. B. Dr. Rivera</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problem bei %1</translation>
    </message>
    <message>
        <source>Filled in from your plan: %1 is planned for %2. Change it only if your provider agreed another dose.</source>
        <translation>Aus Ihrem Plan übernommen: %1 ist für %2 geplant. Ändern Sie das nur, wenn Ihre Behandlerin oder Ihr Behandler eine andere Dosis vereinbart hat.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>the dose agreed with your provider</source>
        <translation>die mit Ihrer Behandlung vereinbarte Dosis</translation>
    </message>
    <message>
        <source>e.g. %1 (to stop)</source>
        <translation>z. B. %1 (zum Absetzen)</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Anfangsdosis</translation>
    </message>
    <message>
        <source>Amount per step</source>
        <translation>Menge pro Stufe</translation>
    </message>
    <message>
        <source>Each step removes a fixed share of the most recent dose, so steps shrink as the dose falls (Horowitz &amp; Taylor, Lancet Psychiatry 2019). That paper is about antidepressants; applying it to opioids or kratom is your provider&apos;s decision.</source>
        <translation>Jeder Schritt nimmt einen festen Anteil der letzten Dosis weg, so werden die Schritte kleiner, je niedriger die Dosis ist (Horowitz &amp; Taylor, Lancet Psychiatry 2019). Diese Arbeit handelt von Antidepressiva; ob sie auf Opioide oder Kratom übertragen wird, entscheidet Ihre Behandlung.</translation>
    </message>
    <message>
        <source>Each step removes the same amount, so the last steps are a large share of what is left.</source>
        <translation>Jeder Schritt nimmt dieselbe Menge weg, daher sind die letzten Schritte ein großer Teil des Restes.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Plan history</source>
        <translation>Planverlauf</translation>
    </message>
    <message>
        <source>Entered something wrongly? Select the revision or hold, then correct or withdraw it. Nothing is erased: the original stays here, marked as withdrawn.</source>
        <translation>Etwas falsch eingegeben? Wählen Sie die Fassung oder Pause und korrigieren oder ziehen Sie sie zurück. Nichts wird gelöscht: Das Original bleibt hier, als zurückgezogen markiert.</translation>
    </message>
    <message>
        <source>Revisions of the plan (%1)</source>
        <translation>Fassungen des Plans (%1)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Anfangsdosis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Vereinbart mit</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Dosiserhöhung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan revisions</source>
        <translation>Fassungen des Plans</translation>
    </message>
    <message>
        <source>Correct revision...</source>
        <translation>Fassung korrigieren...</translation>
    </message>
    <message>
        <source>Withdraw revision...</source>
        <translation>Fassung zurückziehen...</translation>
    </message>
    <message>
        <source>Holds (steps paused)</source>
        <translation>Pausen (Stufen angehalten)</translation>
    </message>
    <message>
        <source>First held day</source>
        <translation>Erster pausierter Tag</translation>
    </message>
    <message>
        <source>Last held day</source>
        <translation>Letzter pausierter Tag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Correct hold...</source>
        <translation>Pause korrigieren...</translation>
    </message>
    <message>
        <source>Withdraw hold...</source>
        <translation>Pause zurückziehen...</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>in force until %1, then replaced</source>
        <translation>gültig bis %1, dann ersetzt</translation>
    </message>
    <message>
        <source>withdrawn on %1 (%2)</source>
        <translation>zurückgezogen am %1 (%2)</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>irrtümlich eingetragen</translation>
    </message>
    <message>
        <source>Not corrected: %1. The revision is unchanged.</source>
        <translation>Nicht korrigiert: %1. Die Fassung ist unverändert.</translation>
    </message>
    <message>
        <source>Corrected. The revision from %1 is kept in the list as withdrawn on %2.</source>
        <translation>Korrigiert. Die Fassung vom %1 bleibt in der Liste, als am %2 zurückgezogen.</translation>
    </message>
    <message>
        <source>the revision in force from %1</source>
        <translation>die ab %1 gültige Fassung</translation>
    </message>
    <message>
        <source>Not withdrawn: %1.</source>
        <translation>Nicht zurückgezogen: %1.</translation>
    </message>
    <message>
        <source>Not corrected: %1. The hold is unchanged.</source>
        <translation>Nicht korrigiert: %1. Die Pause ist unverändert.</translation>
    </message>
    <message>
        <source>Corrected. The hold from %1 is kept in the list as withdrawn on %2.</source>
        <translation>Korrigiert. Die Pause vom %1 bleibt in der Liste, als am %2 zurückgezogen.</translation>
    </message>
    <message>
        <source>the hold from %1</source>
        <translation>die Pause ab %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>until resumed</source>
        <translation>bis zur Fortsetzung</translation>
    </message>
    <message>
        <source>No holds</source>
        <translation>Keine Pausen</translation>
    </message>
    <message>
        <source>Withdrawn; it stays in the list, marked.</source>
        <translation>Zurückgezogen; sie bleibt markiert in der Liste.</translation>
    </message>
    <message>
        <source>Correct a hold entered in error</source>
        <translation>Eine fehlerhaft eingegebene Pause korrigieren</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Korrektur speichern</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>&amp;Check in now</source>
        <translation>Jetzt &amp;eintragen</translation>
    </message>
    <message>
        <source>&amp;Open Taper Desktop</source>
        <translation>Taper Desktop ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Taper Desktop is still running here, so the daily reminder can appear. Click this icon to open it again; quit from its menu.</source>
        <translation>Taper Desktop läuft hier weiter, damit die tägliche Erinnerung erscheinen kann. Klicken Sie auf dieses Symbol, um es wieder zu öffnen; beenden Sie es über sein Menü.</translation>
    </message>
    <message>
        <source>No check-in yet today. It takes under a minute when you are ready.</source>
        <translation>Heute noch kein Tageseintrag. Er dauert weniger als eine Minute, wenn Sie so weit sind.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Check in now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="vanished">Nicht jetzt</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation>Heute noch kein Tageseintrag.</translation>
    </message>
    <message>
        <source>Yesterday has no check-in yet.</source>
        <translation>Gestern hat noch keinen Tageseintrag.</translation>
    </message>
    <message>
        <source>%1 has no check-in yet.</source>
        <translation>%1 hat noch keinen Tageseintrag.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>hold</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 total (0-%2)</source>
        <translation>%1 gesamt (0-%2)</translation>
    </message>
    <message>
        <source>Planned dose (%1)</source>
        <translation>Geplante Dosis (%1)</translation>
    </message>
    <message>
        <source>Planned dose (%1/day)</source>
        <translation>Geplante Dosis (%1/Tag)</translation>
    </message>
    <message>
        <source>daily total (complete check-ins)</source>
        <translation>Tagesgesamtwert (vollständige Tageseinträge)</translation>
    </message>
    <message>
        <source>7-day mean (at least 4 days)</source>
        <translation>7-Tage-Mittel (mindestens 4 Tage)</translation>
    </message>
    <message>
        <source>planned dose</source>
        <translation>geplante Dosis</translation>
    </message>
    <message>
        <source>Patient-reported data. Severity bands are conventional, not validated. This summary is not a diagnosis.</source>
        <translation>Von der Patientin / dem Patienten berichtete Daten. Die Schweregrade sind konventionell, nicht validiert. Diese Zusammenfassung ist keine Diagnose.</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>before the diary</source>
        <translation>vor dem Tagebuch</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="vanished">%1 Tage</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Erstellt am %1 mit %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cut %1% of the most recent dose every %2</source>
        <translation>%1% der letzten Dosis alle %2 senken</translation>
    </message>
    <message>
        <source>cut %1 every %2</source>
        <translation>%1 alle %2 senken</translation>
    </message>
    <message>
        <source>custom steps (%1)</source>
        <translation>individuelle Stufen (%1)</translation>
    </message>
    <message>
        <source>custom steps</source>
        <translation>individuelle Stufen</translation>
    </message>
    <message>
        <source>from %1, %2, measured to %3, target %4</source>
        <translation>ab %1, %2, abgemessen auf %3, Ziel %4</translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation>Erhöhung von %1 auf %2 am %3</translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation>Zustimmung nicht festgehalten</translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation>vereinbart mit %1</translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation>vereinbart mit %1 am %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No taper plan is recorded.</source>
        <translation>Es ist kein Reduktionsplan erfasst.</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>Planned dose</source>
        <translation>Geplante Dosis</translation>
    </message>
    <message>
        <source>the plan starts %1, after this period</source>
        <translation>der Plan beginnt am %1, nach diesem Zeitraum</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; am %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/day&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1/Tag&lt;/b&gt; am %2</translation>
    </message>
    <message>
        <source>(%1 MME/day, CDC 2022 table)</source>
        <translation>(%1 MME/Tag, CDC-Tabelle 2022)</translation>
    </message>
    <message>
        <source>Reduced since plan start</source>
        <translation>Senkung seit Planbeginn</translation>
    </message>
    <message>
        <source>%1% (from %2 on %3)</source>
        <translation>%1% (von %2 am %3)</translation>
    </message>
    <message>
        <source>Reduced over period</source>
        <translation>Senkung im Zeitraum</translation>
    </message>
    <message>
        <source>%1% (planned %2 at the start, %3 at the end)</source>
        <translation>%1% (geplant %2 am Anfang, %3 am Ende)</translation>
    </message>
    <message>
        <source>day %1 at %2 (since %3)</source>
        <translation type="vanished">Tag %1 mit %2 (seit %3)</translation>
    </message>
    <message>
        <source>Taper summary</source>
        <translation>Reduktionsübersicht</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>Übersetzung nicht validiert</translation>
    </message>
    <message>
        <source>Morphine milligram equivalents</source>
        <translation>Morphin-Milligramm-Äquivalente</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>page 1</source>
        <translation>Seite 1</translation>
    </message>
    <message>
        <source>day %1 of this step, %2 (since %3)</source>
        <translation>Tag %1 dieser Stufe, %2 (seit %3)</translation>
    </message>
    <message>
        <source>on hold since %1 with no end date: later steps wait until the hold ends</source>
        <translation>pausiert seit %1 ohne Enddatum: spätere Stufen warten, bis die Pause endet</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>next planned step %1 to %2</source>
        <translation>nächste geplante Stufe am %1 auf %2</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>no further step scheduled</source>
        <translation>keine weitere Stufe geplant</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Dose increase</source>
        <translation>Dosiserhöhung</translation>
    </message>
    <message>
        <source>Planned and logged doses</source>
        <translation>Geplante und eingetragene Dosen</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>none logged in this period (0 of %1)</source>
        <translation>in diesem Zeitraum keine eingetragen (0 von %1)</translation>
    </message>
    <message>
        <source>logged on %1 of %2; at or below plan on %3 of %4 logged days with a plan</source>
        <translation type="vanished">eingetragen an %1 von %2; im Plan oder darunter an %3 von %4 eingetragenen Tagen mit Plan</translation>
    </message>
    <message>
        <source>above plan on %1</source>
        <translation type="vanished">über dem Plan an %1</translation>
    </message>
    <message>
        <source>logged on %1 of %2</source>
        <translation type="vanished">eingetragen an %1 von %2</translation>
    </message>
    <message>
        <source>on %1 of %2</source>
        <translation type="vanished">an %1 von %2</translation>
    </message>
    <message>
        <source>(%1 complete, %2 partial: a partial check-in has no total)</source>
        <translation>(%1 vollständig, %2 teilweise: ein teilweiser Tageseintrag hat keinen Gesamtwert)</translation>
    </message>
    <message>
        <source>Symptom check-ins</source>
        <translation>Symptom-Tageseinträge</translation>
    </message>
    <message>
        <source>Notes only</source>
        <translation>Nur Notizen</translation>
    </message>
    <message>
        <source>%1 with a note and no symptom rated (not counted as check-ins)</source>
        <translation>%1 mit einer Notiz und ohne bewertetes Symptom (nicht als Tageseinträge gezählt)</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 with neither a dose nor a check-in: %2</source>
        <translation>%1 weder mit Dosis noch mit Tageseintrag: %2</translation>
    </message>
    <message>
        <source>none: every day has a dose or a check-in</source>
        <translation>keine: jeder Tag hat eine Dosis oder einen Tageseintrag</translation>
    </message>
    <message>
        <source>and %1 more (see daily table)</source>
        <translation>und %1 weitere (siehe Tagestabelle)</translation>
    </message>
    <message>
        <source>Withdrawal symptoms</source>
        <translation>Entzugssymptome</translation>
    </message>
    <message>
        <source>No symptom check-ins in this period.</source>
        <translation>Keine Symptom-Tageseinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Two scales were used in this period; their totals are never combined and are shown separately.</source>
        <translation>In diesem Zeitraum wurden zwei Skalen verwendet; ihre Gesamtwerte werden nie zusammengefasst und getrennt gezeigt.</translation>
    </message>
    <message>
        <source>1 complete check-in</source>
        <translation type="vanished">1 vollständiger Tageseintrag</translation>
    </message>
    <message>
        <source>%1 complete check-ins</source>
        <translation type="vanished">%1 vollständige Tageseinträge</translation>
    </message>
    <message>
        <source>mean total %1, highest %2 (range 0-%3)</source>
        <translation>mittlerer Gesamtwert %1, höchster %2 (Bereich 0-%3)</translation>
    </message>
    <message>
        <source>1 partial check-in not plotted</source>
        <translation type="vanished">1 teilweiser Tageseintrag nicht eingezeichnet</translation>
    </message>
    <message>
        <source>%1 partial check-ins not plotted</source>
        <translation type="vanished">%1 teilweise Tageseinträge nicht eingezeichnet</translation>
    </message>
    <message>
        <source>gaps in the line: %1 without a complete check-in</source>
        <translation>Lücken in der Linie: %1 ohne vollständigen Tageseintrag</translation>
    </message>
    <message>
        <source>dotted lines: conventional band limits (%1)</source>
        <translation>gepunktete Linien: konventionelle Bereichsgrenzen (%1)</translation>
    </message>
    <message>
        <source>Means over the period</source>
        <translation>Mittelwerte im Zeitraum</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out. The period is shorter than two weeks, so first and last weeks are not compared.</source>
        <translation>Mittel der erfassten Tage (n = Tage mit Wert); nicht eingetragene Tage bleiben außen vor. Der Zeitraum ist kürzer als zwei Wochen, daher werden erste und letzte Woche nicht verglichen.</translation>
    </message>
    <message>
        <source>First week and last week</source>
        <translation>Erste und letzte Woche</translation>
    </message>
    <message>
        <source>No check-ins to compare.</source>
        <translation>Keine Tageseinträge zum Vergleichen.</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Mean of the days recorded (n = days with a value); not-logged days are left out.</source>
        <translation>Mittel der erfassten Tage (n = Tage mit Wert); nicht eingetragene Tage bleiben außen vor.</translation>
    </message>
    <message>
        <source>from %1, no end date yet</source>
        <translation>ab %1, noch ohne Enddatum</translation>
    </message>
    <message>
        <source>(%1 total %2)</source>
        <translation>(%1 gesamt %2)</translation>
    </message>
    <message>
        <source>(note, no symptoms rated)</source>
        <translation>(Notiz, keine Symptome bewertet)</translation>
    </message>
    <message>
        <source>(partial check-in)</source>
        <translation>(teilweiser Tageseintrag)</translation>
    </message>
    <message>
        <source>and %1 more, highlighted in the daily table</source>
        <translation>und %1 weitere, in der Tagestabelle hervorgehoben</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>keine in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Flagged for the provider</source>
        <translation>Für die Behandelnden markiert</translation>
    </message>
    <message>
        <source>no day was flagged</source>
        <translation>kein Tag wurde markiert</translation>
    </message>
    <message>
        <source>COWS at visits</source>
        <translation>COWS bei Terminen</translation>
    </message>
    <message>
        <source>none recorded in this period</source>
        <translation>in diesem Zeitraum keiner erfasst</translation>
    </message>
    <message>
        <source>Holds, flagged days and visits</source>
        <translation>Pausen, markierte Tage und Termine</translation>
    </message>
    <message>
        <source>Daily table</source>
        <translation>Tagestabelle</translation>
    </message>
    <message>
        <source>No day in this period has a dose or a check-in.</source>
        <translation>Kein Tag in diesem Zeitraum hat eine Dosis oder einen Tageseintrag.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned
(%1)</source>
        <translation>Geplant
(%1)</translation>
    </message>
    <message>
        <source>Taken
(%1)</source>
        <translation>Genom-
men (%1)</translation>
    </message>
    <message>
        <source>%1
total
(0-%2)</source>
        <translation>%1
gesamt
(0-%2)</translation>
    </message>
    <message>
        <source>%1
band</source>
        <translation>%1
Bereich</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Ver-
langen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schm.</translation>
    </message>
    <message>
        <source>Sleep h /
quality</source>
        <translation>Schlaf h /
Qualität</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stim-
mung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation>Markiert.</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>%1/%2 items</source>
        <translation>%1/%2 Fragen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Blank or –: not recorded that day. &quot;partial&quot;: some scale items were left unanswered, so there is no total. &quot;note&quot;: a note with no symptom rated, not a check-in. Shaded planned dose: the plan was on hold. Highlighted rows were flagged for the provider.</source>
        <translation>Leer oder –: an diesem Tag nicht erfasst. „teilweise“: einige Fragen der Skala blieben unbeantwortet, daher gibt es keinen Gesamtwert. „Notiz“: eine Notiz ohne bewertetes Symptom, kein Tageseintrag. Schattierte geplante Dosis: der Plan war pausiert. Hervorgehobene Zeilen wurden für die Behandelnden markiert.</translation>
    </message>
    <message>
        <source>Two scales were used in this period: each has its own total column (SOWS 0-64, SOWS-Gossop 0-30); their totals are never combined.</source>
        <translation>In diesem Zeitraum wurden zwei Skalen verwendet: Jede hat ihre eigene Gesamtspalte (SOWS 0-64, SOWS-Gossop 0-30); ihre Gesamtwerte werden nie zusammengefasst.</translation>
    </message>
    <message>
        <source>Notes cut short with … are printed in full under &quot;Notes&quot;.</source>
        <translation>Mit … gekürzte Notizen stehen vollständig unter „Notizen“.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Andere Tage</translation>
    </message>
    <message>
        <source>Plan revision history</source>
        <translation>Verlauf der Planfassungen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Vereinbart von</translation>
    </message>
    <message>
        <source>Holds pause the plan clock: every later step moves by the hold&apos;s length.</source>
        <translation>Pausen halten die Uhr des Plans an: Jede spätere Stufe verschiebt sich um die Dauer der Pause.</translation>
    </message>
    <message>
        <source>Items with the highest mean scores</source>
        <translation>Fragen mit den höchsten Mittelwerten</translation>
    </message>
    <message>
        <source>No scale items were answered in this period.</source>
        <translation>In diesem Zeitraum wurde keine Frage der Skala beantwortet.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Days answered</source>
        <translation>Beantwortete Tage</translation>
    </message>
    <message>
        <source>extra (not in total)</source>
        <translation>zusätzlich (nicht im Gesamtwert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Other medications</source>
        <translation>Andere Medikamente</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>In diesem Zeitraum keine erfasst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>The scale items in this report are a translation that has not been validated; the published scales are in English.</source>
        <translation>Die Fragen der Skalen in diesem Bericht sind eine nicht validierte Übersetzung; die veröffentlichten Skalen sind englisch.</translation>
    </message>
    <message>
        <source>Scales, sources and notes</source>
        <translation>Skalen, Quellen und Hinweise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clinical Opiate Withdrawal Scale (COWS)&lt;/b&gt;, recorded as given by a clinician, never computed by the app: %1</source>
        <translation>&lt;b&gt;Klinische Opiat-Entzugsskala (Clinical Opiate Withdrawal Scale, COWS)&lt;/b&gt;, erfasst wie von einer behandelnden Person angegeben, nie von der App berechnet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;7-day mean&lt;/b&gt;: mean of the complete totals in the 7 days ending that day, drawn when at least 4 are present. Partial check-ins have no total and are left out of every mean of the total.</source>
        <translation>&lt;b&gt;7-Tage-Mittel&lt;/b&gt;: Mittel der vollständigen Gesamtwerte der 7 Tage bis zu diesem Tag, gezeichnet, wenn mindestens 4 vorliegen. Teilweise Tageseinträge haben keinen Gesamtwert und fließen in kein Mittel des Gesamtwerts ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;At or below plan&lt;/b&gt;: the day&apos;s logged doses add up to no more than the planned dose. Planned doses come from the rule agreed with the provider.</source>
        <translation>&lt;b&gt;Im Plan oder darunter&lt;/b&gt;: Die eingetragenen Dosen des Tages ergeben zusammen nicht mehr als die geplante Dosis. Die geplanten Dosen folgen aus der mit den Behandelnden vereinbarten Regel.</translation>
    </message>
    <message>
        <source>Taper summary for the provider</source>
        <translation>Reduktionsübersicht für die Behandelnden</translation>
    </message>
    <message>
        <source>Patient-reported diary kept with Taper Desktop</source>
        <translation>Von der Patientin / dem Patienten mit Taper Desktop geführtes Tagebuch</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandelnde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>No doses and no check-ins were logged from %1 to %2: all %3 are missing. There is nothing to summarise for these dates.</source>
        <translation>Von %1 bis %2 wurden weder Dosen noch Tageseinträge eingetragen: alle %3 fehlen. Für diese Daten gibt es nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>Patient-reported taper diary summary for a provider visit</source>
        <translation>Zusammenfassung des selbst geführten Reduktionstagebuchs für einen Termin</translation>
    </message>
    <message>
        <source>A plan to confirm with your provider: the dates come from the rule agreed with them. This sheet does not prescribe.</source>
        <translation>Ein Plan zur Bestätigung mit Ihrer Ärztin oder Ihrem Arzt: Die Daten folgen der mit ihnen vereinbarten Regel. Dieses Blatt verordnet nichts.</translation>
    </message>
    <message>
        <source> per day</source>
        <translation> pro Tag</translation>
    </message>
    <message>
        <source>1 more step</source>
        <translation type="vanished">1 weiterer Schritt</translation>
    </message>
    <message>
        <source>%1 more steps</source>
        <translation type="vanished">%1 weitere Schritte</translation>
    </message>
    <message>
        <source>the plan starts on %1 at %2</source>
        <translation>der Plan beginnt am %1 mit %2</translation>
    </message>
    <message>
        <source> (since %1, day %2 of this step)</source>
        <translation> (seit %1, Tag %2 dieses Schritts)</translation>
    </message>
    <message>
        <source>; on hold since %1</source>
        <translation>; pausiert seit %1</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>, no end date yet</source>
        <translation>, noch ohne Enddatum</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>The target was reached on %1. No further step is planned.</source>
        <translation>Das Ziel wurde am %1 erreicht. Kein weiterer Schritt ist geplant.</translation>
    </message>
    <message>
        <source>No further step is scheduled.</source>
        <translation>Kein weiterer Schritt ist geplant.</translation>
    </message>
    <message>
        <source>The plan is on hold with no end date, so the steps have no dates yet: each is counted from the day the hold ends.</source>
        <translation>Der Plan pausiert ohne Enddatum, daher haben die Schritte noch kein Datum: Jeder zählt ab dem Tag, an dem die Pause endet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 after the hold</source>
        <translation>%1 nach der Pause</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 after the hold ends</source>
        <translation>%1 nach Ende der Pause</translation>
    </message>
    <message>
        <source>and %1, reaching the target of %2 %3.</source>
        <translation>und %1, bis zum Ziel von %2 %3.</translation>
    </message>
    <message>
        <source>The last step reaches the target %1.</source>
        <translation>Der letzte Schritt erreicht das Ziel %1.</translation>
    </message>
    <message>
        <source>and %1.</source>
        <translation>und %1.</translation>
    </message>
    <message>
        <source>A hold with no end date stops the dates: later steps move when it ends.</source>
        <translation>Eine Pause ohne Enddatum hält die Daten an: Spätere Schritte verschieben sich, wenn sie endet.</translation>
    </message>
    <message>
        <source>No holds so far. A hold pauses the steps; every later step moves by its length.</source>
        <translation>Bisher keine Pausen. Eine Pause hält die Schritte an; jeder spätere Schritt verschiebt sich um ihre Länge.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>from %1%2, no end date yet</source>
        <translation>ab %1%2, noch ohne Enddatum</translation>
    </message>
    <message>
        <source>and 1 earlier hold</source>
        <translation type="vanished">und 1 frühere Pause</translation>
    </message>
    <message>
        <source>and %1 earlier holds</source>
        <translation type="vanished">und %1 frühere Pausen</translation>
    </message>
    <message>
        <source>Provider&apos;s signature</source>
        <translation>Unterschrift der Ärztin / des Arztes</translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation>Reduktionsplan</translation>
    </message>
    <message>
        <source>As agreed with the provider · printed %1</source>
        <translation>Wie mit Ihrer Ärztin oder Ihrem Arzt vereinbart · gedruckt am %1</translation>
    </message>
    <message>
        <source>No taper plan is recorded yet. Set one up with your provider in the Taper calendar, then print this sheet again.</source>
        <translation>Noch kein Reduktionsplan gespeichert. Legen Sie ihn mit Ihrer Ärztin oder Ihrem Arzt im Reduktionskalender an und drucken Sie dieses Blatt dann erneut.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>%1; revision in force from %2</source>
        <translation>%1; gültige Fassung seit %2</translation>
    </message>
    <message>
        <source>, recorded %1</source>
        <translation>, eingetragen am %1</translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation>Aktuelle Dosis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Vereinbart mit</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>%1; the dates below follow the one in force</source>
        <translation>%1; die Daten unten folgen der gültigen Fassung</translation>
    </message>
    <message>
        <source>Sources: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3), Recommendations 5 and 8; SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation>Quellen: CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3), Empfehlungen 5 und 8; SAMHSA Opioid Overdose Prevention Toolkit 2018.</translation>
    </message>
    <message>
        <source>Checked with the provider</source>
        <translation>Mit der Ärztin / dem Arzt geprüft</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A PDF summary of your diary to bring to your provider. It is saved only where you choose.</source>
        <translation>Eine PDF-Zusammenfassung Ihres Tagebuchs für Ihre Behandelnden. Sie wird nur dort gespeichert, wo Sie es wählen.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>Include the &amp;daily table</source>
        <translation>&amp;Tagestabelle einschließen</translation>
    </message>
    <message>
        <source>Include the daily table</source>
        <translation>Tagestabelle einschließen</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>Meine &amp;Notizen einschließen</translation>
    </message>
    <message>
        <source>Include notes</source>
        <translation>Notizen einschließen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name der Behandelnden</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Problem with the dates</source>
        <translation type="vanished">Problem mit den Daten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="vanished">&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="vanished">&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Patient name:</source>
        <translation>Name der &amp;Person:</translation>
    </message>
    <message>
        <source>P&amp;rovider name:</source>
        <translation>Name der Be&amp;handelnden:</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>Sp&amp;rache des Berichts:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>PDF &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2). Choose a first day on or before the last day.</source>
        <translation type="vanished">Der erste Tag (%1) liegt nach dem letzten (%2). Wählen Sie einen ersten Tag am oder vor dem letzten Tag.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a copy to go back to. Your current data is saved as a backup first, so you can come back to it.</source>
        <translation>Wählen Sie eine Kopie, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden vorher gesichert, damit Sie zu ihnen zurückkönnen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daily and weekly</source>
        <translation>Täglich und wöchentlich</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>cannot be used: %1</source>
        <translation>nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>Diese Kopie &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die gewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. A backup is made each day the first time you open Taper Desktop.</source>
        <translation>Es gibt noch keine Sicherungen. Jeden Tag wird beim ersten Öffnen von Taper Desktop eine angelegt.</translation>
    </message>
</context>
<context>
    <name>SafetyNotes</name>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
</context>
<context>
    <name>ScaleRows</name>
    <message>
        <source>How do you feel &lt;b&gt;now&lt;/b&gt;? </source>
        <translation>Wie fühlen Sie sich &lt;b&gt;jetzt&lt;/b&gt;? </translation>
    </message>
    <message>
        <source>Rate each symptom. </source>
        <translation>Bewerten Sie jedes Symptom. </translation>
    </message>
    <message>
        <source>Type a number to answer and move on; leave an item blank if you would rather not answer.</source>
        <translation>Tippen Sie eine Zahl, um zu antworten und weiterzugehen; lassen Sie eine Frage leer, wenn Sie lieber nicht antworten.</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dose (%1)</source>
        <translation>Dosis (%1)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>MME/day</source>
        <translation>MME/Tag</translation>
    </message>
    <message>
        <source>This step cuts %1% because of rounding.</source>
        <translation>Dieser Schritt senkt wegen des Rundens um %1%.</translation>
    </message>
    <message>
        <source>until changed</source>
        <translation>bis zur Änderung</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <source>Proposed schedule: a plan to confirm with your provider</source>
        <translation>Vorgeschlagener Ablauf: ein Plan, den Sie mit Ihren Behandelnden bestätigen</translation>
    </message>
    <message>
        <source>Projected end date</source>
        <translation>Voraussichtliches Enddatum</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>Vorschau des Ablaufs</translation>
    </message>
    <message>
        <source>Steps made larger by rounding</source>
        <translation>Durch Runden vergrößerte Schritte</translation>
    </message>
    <message>
        <source>How long the last dose lasts</source>
        <translation>Wie lange die letzte Dosis gilt</translation>
    </message>
    <message>
        <source>Pace of the schedule</source>
        <translation>Tempo des Plans</translation>
    </message>
    <message>
        <source>Schedule chart</source>
        <translation>Diagramm des Ablaufs</translation>
    </message>
    <message>
        <source>The schedule appears here once the fields marked on the left are complete.</source>
        <translation>Der Ablauf erscheint hier, sobald die links markierten Felder ausgefüllt sind.</translation>
    </message>
    <message>
        <source>Projected end: %1 (about %2 weeks), if every step goes as planned.</source>
        <translation>Voraussichtliches Ende: %1 (etwa %2 Wochen), wenn jede Stufe wie geplant verläuft.</translation>
    </message>
    <message>
        <source>Steps are paused by an open hold; the end date moves once you resume.</source>
        <translation>Die Stufen ruhen wegen einer offenen Pause; das Enddatum verschiebt sich, sobald Sie fortsetzen.</translation>
    </message>
    <message>
        <source>These steps do not reach the target dose.</source>
        <translation>Diese Stufen erreichen die Zieldosis nicht.</translation>
    </message>
    <message>
        <source>▲ Rounding to %1 makes these steps cut more than twice %2%: %3.</source>
        <translation>▲ Durch das Runden auf %1 senken diese Schritte um mehr als das Doppelte von %2%: %3.</translation>
    </message>
    <message>
        <source>The last dose before the stop, %1, lasts %2.</source>
        <translation>Die letzte Dosis vor dem Absetzen, %1, gilt %2.</translation>
    </message>
    <message>
        <source>The last dose before the target, %1, lasts %2.</source>
        <translation>Die letzte Dosis vor der Zieldosis, %1, gilt %2.</translation>
    </message>
    <message>
        <source>Average cut: %1% of the start dose per week.</source>
        <translation>Durchschnittliche Senkung: %1% der Anfangsdosis pro Woche.</translation>
    </message>
    <message>
        <source>That is faster than 10% per week. The CDC 2022 opioid guideline (Recommendation 5) calls 10% per week a faster option for people who have used opioids for weeks to months, and says 10% per month is better tolerated after a year or more. Consider discussing the pace with your provider.</source>
        <translation>Das ist schneller als 10% pro Woche. Die CDC-Opioid-Leitlinie 2022 (Empfehlung 5) nennt 10% pro Woche eine schnellere Möglichkeit für Menschen, die Opioide Wochen bis Monate genommen haben, und sagt, dass 10% pro Monat nach einem Jahr oder länger besser vertragen werden. Besprechen Sie das Tempo gegebenenfalls mit Ihrer Behandlung.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Remove everything Taper Desktop keeps on this computer. You will be asked to confirm.</source>
        <translation>Alles entfernen, was Taper Desktop auf diesem Computer speichert. Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>Delete all my data...</source>
        <translation>Alle meine Daten löschen...</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the reminder cannot appear while Taper Desktop is closed. It will remind you the next time you open it.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich (Tray), daher kann die Erinnerung nicht erscheinen, solange Taper Desktop geschlossen ist. Sie werden beim nächsten Öffnen erinnert.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Taper Desktop.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich (Tray), daher beendet das Schließen des Fensters Taper Desktop.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusNotice</name>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>VisitBox</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Appointments this day</source>
        <translation>Termine an diesem Tag</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Uhrzeit des Termins</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>who you saw</source>
        <translation>bei wem Sie waren</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Notiz zum Termin</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Clinician COWS total</source>
        <translation>COWS-Gesamtwert der behandelnden Person</translation>
    </message>
    <message>
        <source>0-48, optional</source>
        <translation>0-48, optional</translation>
    </message>
    <message>
        <source>Only a total your clinician gave you (Clinical Opiate Withdrawal Scale, Wesson &amp; Ling 2003). The app does not compute it.</source>
        <translation>Nur ein Gesamtwert, den Ihnen Ihre Behandelnden genannt haben (Klinische Opiat-Entzugsskala, COWS: Wesson &amp; Ling 2003). Die App berechnet ihn nicht.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>COWS total</source>
        <translation>COWS gesamt</translation>
    </message>
    <message>
        <source>Add appoi&amp;ntment</source>
        <translation>Termin hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete selected appointment</source>
        <translation>Gewählten Termin löschen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>; COWS %1 (%2)</source>
        <translation>; COWS %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1.</source>
        <translation>Uhrzeit: %1.</translation>
    </message>
    <message>
        <source>COWS total: %1 is not a whole number from 0 to 48.</source>
        <translation>COWS gesamt: %1 ist keine ganze Zahl von 0 bis 48.</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Select an appointment in the list first.</source>
        <translation>Wählen Sie zuerst einen Termin in der Liste.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app keeps the taper plan you agreed with your provider, a daily symptom check-in that takes under a minute, and charts of how you are doing. Before a visit it can print a summary to bring along.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It records and summarizes; it does not give medical advice.&lt;/b&gt; It does not diagnose or prescribe. Any schedule it shows is a plan to confirm with your provider.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. The app never uses the network, and it exports or prints only when you ask.&lt;/p&gt;&lt;p&gt;In an emergency, call your local emergency number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese App bewahrt den Reduktionsplan auf, den Sie mit Ihren Behandelnden vereinbart haben, dazu einen täglichen Symptom-Eintrag, der weniger als eine Minute dauert, und Diagramme zu Ihrem Verlauf. Vor einem Termin kann sie eine Zusammenfassung zum Mitnehmen drucken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sie erfasst und fasst zusammen; sie gibt keinen medizinischen Rat.&lt;/b&gt; Sie stellt keine Diagnose und verschreibt nichts. Jeder Ablauf, den sie zeigt, ist ein Plan, den Sie mit Ihren Behandelnden bestätigen.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer. Die App nutzt nie das Netzwerk und exportiert oder druckt nur, wenn Sie es wünschen.&lt;/p&gt;&lt;p&gt;Rufen Sie im Notfall Ihre örtliche Notrufnummer an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protect my diary with a passphrase (recommended)</source>
        <translation>Mein Tagebuch mit einer Passphrase &amp;schützen (empfohlen)</translation>
    </message>
    <message>
        <source>Protect my diary with a passphrase</source>
        <translation>Mein Tagebuch mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Encrypt the diary on this computer; you choose the passphrase next</source>
        <translation>Das Tagebuch auf diesem Computer verschlüsseln; danach wählen Sie die Passphrase</translation>
    </message>
    <message>
        <source>Encrypts your diary on this computer, so that anyone who can read your files cannot read it. You can also do this later in Settings.</source>
        <translation>Verschlüsselt Ihr Tagebuch auf diesem Computer, damit es niemand lesen kann, der Ihre Dateien lesen kann. Das geht auch später in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Set up my taper plan</source>
        <translation>Meinen Reduktionsplan &amp;einrichten</translation>
    </message>
    <message>
        <source>Set up my taper plan</source>
        <translation>Meinen Reduktionsplan einrichten</translation>
    </message>
    <message>
        <source>Enter the plan you agreed with your provider</source>
        <translation>Den mit Ihren Behandelnden vereinbarten Plan eingeben</translation>
    </message>
    <message>
        <source>&amp;Later, go to today&apos;s check-in</source>
        <translation>&amp;Später, zum heutigen Tageseintrag</translation>
    </message>
    <message>
        <source>Later, go to today&apos;s check-in</source>
        <translation>Später, zum heutigen Tageseintrag</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>Argument %1: %2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>diese Argumente fehlen, sie sind erforderlich: %1</translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation>eines dieser Argumente ist erforderlich: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>unbekannte Argumente: %1</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>ungültige Auswahl: %1 (wählen Sie aus %2)</translation>
    </message>
    <message>
        <source>invalid %1 value: %2</source>
        <translation>ungültiger Wert für %1: %2</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hier wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hier wird höchstens ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>hier wird mindestens ein Wert erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>mehrdeutige Option: %1 könnte %2 sein</translation>
    </message>
    <message>
        <source>ignored explicit argument %1</source>
        <translation>diese Option nimmt keinen Wert: %1</translation>
    </message>
    <message>
        <source>not allowed with argument %1</source>
        <translation>nicht zusammen mit %1 erlaubt</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>%1: cannot write there (%2)</source>
        <translation>%1: dort kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file name</source>
        <translation>%1: ist ein Ordner, kein Dateiname</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation>die Zeile hat %1 Zellen; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>this date is already on line %1</source>
        <translation>dieses Datum steht schon in Zeile %1</translation>
    </message>
    <message>
        <source>the CSV is malformed: %1</source>
        <translation>die CSV-Datei ist fehlerhaft aufgebaut: %1</translation>
    </message>
    <message>
        <source>the header must be the Taper Desktop day-table columns; column %1 should be %2</source>
        <translation>die Kopfzeile muss die Spalten der Taper-Desktop-Tagestabelle haben; Spalte %1 sollte %2 sein</translation>
    </message>
    <message>
        <source>unexpected extra column</source>
        <translation>eine Spalte zu viel</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a number (with a decimal point)</source>
        <translation>ist keine Zahl (mit Dezimalpunkt)</translation>
    </message>
    <message>
        <source>is not a date in the form YYYY-MM-DD</source>
        <translation>ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>must be greater than 0 (leave it blank if not logged)</source>
        <translation>muss größer als 0 sein (lassen Sie das Feld leer, wenn nichts eingetragen wurde)</translation>
    </message>
    <message>
        <source>a unit is needed with dose_taken</source>
        <translation>zu dose_taken gehört eine Einheit</translation>
    </message>
    <message>
        <source>instrument is blank (no check-in) but this check-in column is filled</source>
        <translation>instrument ist leer (kein Check-in), aber diese Check-in-Spalte ist ausgefüllt</translation>
    </message>
    <message>
        <source>only %1 columns may be filled on a %1 day</source>
        <translation>an einem %1-Tag dürfen nur %1-Spalten ausgefüllt sein</translation>
    </message>
    <message>
        <source>must be a whole number 0-%1</source>
        <translation>muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>a total is given but not every item is answered; leave the total blank</source>
        <translation>eine Summe ist angegeben, aber nicht jede Frage ist beantwortet; lassen Sie die Summe leer</translation>
    </message>
    <message>
        <source>does not match the items, which add up to %1</source>
        <translation>passt nicht zu den Antworten, die zusammen %1 ergeben</translation>
    </message>
    <message>
        <source>must be 0 or 1</source>
        <translation>muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>should be a list [...]</source>
        <translation>sollte eine Liste [...] sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wird zweimal verwendet</translation>
    </message>
    <message>
        <source>refers to nothing in this file</source>
        <translation>verweist auf nichts in dieser Datei</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>sollte Text sein</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>sollte eine Zahl sein</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>sollte true oder false sein</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>das ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>is not part of the format</source>
        <translation>gehört nicht zum Format</translation>
    </message>
    <message>
        <source>this is not a Taper Desktop data file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>das ist keine Datendatei von Taper Desktop (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the format version is not a whole number</source>
        <translation>die Formatversion ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the file was written by a newer Taper Desktop (format version %1; this version reads %2). Please update the app</source>
        <translation>die Datei wurde von einer neueren Version von Taper Desktop geschrieben (Formatversion %1; diese Version liest %2). Bitte aktualisieren Sie die App</translation>
    </message>
    <message>
        <source>%1 is not allowed in a data file</source>
        <translation>%1 ist in einer Datendatei nicht erlaubt</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>checkins[%1] has the same day</source>
        <translation>checkins[%1] hat denselben Tag</translation>
    </message>
    <message>
        <source>must be 0-%1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>a plan needs at least one revision not withdrawn</source>
        <translation>ein Plan braucht mindestens eine Fassung, die nicht zurückgezogen ist</translation>
    </message>
    <message>
        <source>a plan needs at least one revision</source>
        <translation>ein Plan braucht mindestens eine Fassung</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>must be SOWS or SOWS-Gossop</source>
        <translation>muss SOWS oder SOWS-Gossop sein</translation>
    </message>
    <message>
        <source>should be an object {...}</source>
        <translation>sollte ein Objekt {...} sein</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>%1 (value %2)</source>
        <translation>%1 (Wert %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a different taper plan is already stored</source>
        <translation>ein anderer Reduktionsplan ist schon gespeichert</translation>
    </message>
    <message>
        <source>%1: the dose rises on %2 from %3 to %4; kept, marked &quot;agreement not recorded&quot;</source>
        <translation>%1: die Dosis steigt am %2 von %3 auf %4; behalten, markiert als &quot;Zustimmung nicht festgehalten&quot;</translation>
    </message>
    <message>
        <source>%1: %2; kept as it was</source>
        <translation>%1: %2; so behalten, wie es war</translation>
    </message>
    <message>
        <source>the file is %1 MB; the largest file that can be imported is %2 MB</source>
        <translation>die Datei ist %1 MB groß; die größte Datei, die sich importieren lässt, hat %2 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the file is too large to import</source>
        <translation>die Datei ist zu groß für einen Import</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8 (&quot;CSV UTF-8&quot; in most spreadsheets)</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (&quot;CSV UTF-8&quot; in den meisten Tabellenprogrammen)</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); it is not a text export</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes); sie ist kein Textexport</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x%1); speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>plan_rules</name>
    <message>
        <source>The rounding step must be greater than 0.</source>
        <translation>Der Rundungsschritt muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The rounding step (%1) must be smaller than the start dose (%2).</source>
        <translation>Der Rundungsschritt (%1) muss kleiner als die Anfangsdosis (%2) sein.</translation>
    </message>
    <message>
        <source>The start dose (%1) is not a multiple of the rounding step (%2).</source>
        <translation>Die Anfangsdosis (%1) ist kein Vielfaches des Rundungsschritts (%2).</translation>
    </message>
    <message>
        <source>The start dose must be greater than 0.</source>
        <translation>Die Anfangsdosis muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The target cannot be below 0.</source>
        <translation>Das Ziel kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>The target (%1) must be below the start dose (%2).</source>
        <translation>Die Zieldosis (%1) muss unter der Anfangsdosis (%2) liegen.</translation>
    </message>
    <message>
        <source>The target (%1) must be 0 or a multiple of the rounding step (%2).</source>
        <translation>Die Zieldosis (%1) muss 0 oder ein Vielfaches des Rundungsschritts (%2) sein.</translation>
    </message>
    <message>
        <source>The percent per step must be above 0 and at most 50.</source>
        <translation>Der Prozentsatz pro Stufe muss über 0 und höchstens 50 sein.</translation>
    </message>
    <message>
        <source>The amount per step must be greater than 0 and at most the start dose.</source>
        <translation>Die Menge pro Schritt muss größer als 0 und höchstens die Anfangsdosis sein.</translation>
    </message>
    <message>
        <source>Type the step size.</source>
        <translation>Geben Sie die Schrittgröße ein.</translation>
    </message>
    <message>
        <source>Type a whole number of days, at least 1.</source>
        <translation>Geben Sie eine ganze Zahl von Tagen ein, mindestens 1.</translation>
    </message>
    <message>
        <source>These steps are too small to reach the target within %1 steps.</source>
        <translation>Diese Schritte sind zu klein, um die Zieldosis in %1 Schritten zu erreichen.</translation>
    </message>
    <message>
        <source>Add at least one dated step.</source>
        <translation>Fügen Sie mindestens eine Stufe mit Datum hinzu.</translation>
    </message>
    <message>
        <source>Step on %1: dates must be in order, one step per date.</source>
        <translation>Schritt am %1: die Daten müssen aufsteigend sein, ein Schritt pro Datum.</translation>
    </message>
    <message>
        <source>Step on %1: date it after the day the plan takes effect (%2).</source>
        <translation>Schritt am %1: datieren Sie ihn nach dem Tag, ab dem der Plan gilt (%2).</translation>
    </message>
    <message>
        <source>Step on %1: the dose cannot be below 0.</source>
        <translation>Schritt am %1: die Dosis kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>Step on %1: %2 is not a multiple of the rounding step (%3).</source>
        <translation>Schritt am %1: %2 ist kein Vielfaches des Rundungsschritts (%3).</translation>
    </message>
    <message>
        <source>Step on %1: %2 is below the target (%3).</source>
        <translation>Schritt am %1: %2 liegt unter der Zieldosis (%3).</translation>
    </message>
    <message>
        <source>The dose rises on %1 from %2 to %3. Confirm below that your provider agreed this increase, with their name.</source>
        <translation>Die Dosis steigt am %1 von %2 auf %3. Bestätigen Sie unten mit Namen, dass Ihre Behandlung dieser Erhöhung zugestimmt hat.</translation>
    </message>
    <message>
        <source>A change cannot start before the plan itself (%1).</source>
        <translation>Eine Änderung kann nicht vor dem Plan selbst beginnen (%1).</translation>
    </message>
    <message>
        <source>This hold overlaps the hold from %1.</source>
        <translation>Diese Pause überschneidet sich mit der Pause ab %1.</translation>
    </message>
    <message>
        <source>A hold cannot end before it starts.</source>
        <translation>Eine Pause kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Pick a rule.</source>
        <translation>Wählen Sie eine Regel.</translation>
    </message>
    <message>
        <source>This plan&apos;s start dose (%1) is not a multiple of its rounding step (%2).</source>
        <translation>Die Anfangsdosis dieses Plans (%1) ist kein Vielfaches seines Rundungsschritts (%2).</translation>
    </message>
    <message>
        <source>This plan&apos;s rounding step (%1) is not smaller than its start dose (%2).</source>
        <translation>Der Rundungsschritt dieses Plans (%1) ist nicht kleiner als seine Anfangsdosis (%2).</translation>
    </message>
    <message>
        <source>This plan&apos;s target (%1) is not a multiple of its rounding step (%2).</source>
        <translation>Die Zieldosis dieses Plans (%1) ist kein Vielfaches seines Rundungsschritts (%2).</translation>
    </message>
    <message>
        <source>increase from %1 to %2 on %3</source>
        <translation>Erhöhung von %1 auf %2 am %3</translation>
    </message>
    <message>
        <source>agreed with %1</source>
        <translation>vereinbart mit %1</translation>
    </message>
    <message>
        <source>agreed with %1 on %2</source>
        <translation>vereinbart mit %1 am %2</translation>
    </message>
    <message>
        <source>agreement not recorded</source>
        <translation>Zustimmung nicht festgehalten</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>If you are struggling, contact your provider. In an emergency, call your local emergency number.</source>
        <translation>Wenn es Ihnen schlecht geht, wenden Sie sich an Ihre Behandelnden. Rufen Sie im Notfall Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>SOWS bands are conventional, not validated (SOWS: Handelsman et al., Am J Drug Alcohol Abuse 1987).</source>
        <translation>Die SOWS-Bereiche sind konventionell, nicht validiert (SOWS: Handelsman et al., Am J Drug Alcohol Abuse 1987).</translation>
    </message>
    <message>
        <source>Your SOWS total today is %1, in the conventional severe band.</source>
        <translation>Ihr SOWS-Gesamtwert heute ist %1, im konventionellen schweren Bereich.</translation>
    </message>
    <message>
        <source>Your SOWS total on %1 was %2, in the conventional severe band.</source>
        <translation>Ihr SOWS-Gesamtwert am %1 war %2, im konventionellen schweren Bereich.</translation>
    </message>
    <message>
        <source>This is the highest %1 total you have recorded since your plan began (%2 of %3).</source>
        <translation>Das ist der höchste %1-Gesamtwert, den Sie seit Beginn Ihres Plans erfasst haben (%2 von %3).</translation>
    </message>
    <message>
        <source>You rated &quot;I feel like using now&quot; at its strongest (%1 of %2).</source>
        <translation>Sie haben „Ich habe jetzt Lust zu konsumieren“ am stärksten bewertet (%1 von %2).</translation>
    </message>
    <message>
        <source>You rated craving at its strongest (%1 of %2).</source>
        <translation>Sie haben das Verlangen am stärksten bewertet (%1 von %2).</translation>
    </message>
    <message>
        <source>The planned dose, %1, is at or below a quarter of the plan&apos;s first start dose (%2).</source>
        <translation>Die geplante Dosis, %1, liegt bei oder unter einem Viertel der ersten Anfangsdosis des Plans (%2).</translation>
    </message>
    <message>
        <source>The plan reaches its target today (%1).</source>
        <translation>Der Plan erreicht heute sein Ziel (%1).</translation>
    </message>
    <message>
        <source>Tolerance falls during a taper. A dose you used to take can now cause an overdose.</source>
        <translation>Die Toleranz sinkt während einer Reduktion. Eine Dosis, die Sie früher genommen haben, kann jetzt eine Überdosis auslösen.</translation>
    </message>
    <message>
        <source>Keep naloxone at hand and tell someone close to you where it is.</source>
        <translation>Halten Sie Naloxon griffbereit und sagen Sie einer nahestehenden Person, wo es liegt.</translation>
    </message>
    <message>
        <source>Sources: CDC 2022 opioid guideline, Recommendations 5 and 8 (MMWR Recomm Rep 2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.</source>
        <translation>Quellen: CDC-Opioid-Leitlinie 2022, Empfehlungen 5 und 8 (MMWR Recomm Rep 2022;71(3)); SAMHSA Opioid Overdose Prevention Toolkit 2018.</translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3, up from %4 in the week before the step on %5.</source>
        <translation>
            <numerusform>Ihr mittlerer %1-Gesamtwert des letzten Tages ist %3, gestiegen von %4 in der Woche vor der Stufe am %5.</numerusform>
            <numerusform>Ihr mittlerer %1-Gesamtwert der letzten %n Tage ist %3, gestiegen von %4 in der Woche vor der Stufe am %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your mean %1 total over the last %n day(s) is %3; in the week before the step on %4 it was %5.</source>
        <translation>
            <numerusform>Ihr mittlerer %1-Gesamtwert des letzten Tages ist %3; in der Woche vor der Stufe am %4 war er %5.</numerusform>
            <numerusform>Ihr mittlerer %1-Gesamtwert der letzten %n Tage ist %3; in der Woche vor der Stufe am %4 war er %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Totals recorded on %1 of the last %n day(s) and on %3 of the 7 days before the step.</source>
        <translation>
            <numerusform>Gesamtwerte erfasst an %1 des letzten Tages und an %3 der 7 Tage vor der Stufe.</numerusform>
            <numerusform>Gesamtwerte erfasst an %1 der letzten %n Tage und an %3 der 7 Tage vor der Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few totals were recorded in the week before the step on %1 to compare (%2 of 7 days).</source>
        <translation>In der Woche vor der Stufe am %1 wurden zu wenige Gesamtwerte für einen Vergleich erfasst (%2 von 7 Tagen).</translation>
    </message>
    <message>
        <source>Your SOWS total was in the conventional severe band two days in a row: %1 (%2) and %3 (%4).</source>
        <translation>Ihr SOWS-Gesamtwert lag zwei Tage hintereinander im konventionellen schweren Bereich: %1 (%2) und %3 (%4).</translation>
    </message>
    <message>
        <source>Consider discussing a hold with your provider.</source>
        <translation>Sprechen Sie eine Pause gegebenenfalls mit Ihren Behandelnden ab.</translation>
    </message>
</context>
<context>
    <name>scales</name>
    <message>
        <source>Subjective Opiate Withdrawal Scale (SOWS)</source>
        <translation>Subjektive Opiat-Entzugsskala (SOWS), Übersetzung nicht validiert</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>Ängstlich</translation>
    </message>
    <message>
        <source>Yawning</source>
        <translation>Gähnen</translation>
    </message>
    <message>
        <source>Perspiring</source>
        <translation>Schwitzen</translation>
    </message>
    <message>
        <source>Eyes tearing</source>
        <translation>Tränende Augen</translation>
    </message>
    <message>
        <source>Nose running</source>
        <translation>Laufende Nase</translation>
    </message>
    <message>
        <source>Gooseflesh</source>
        <translation>Gänsehaut</translation>
    </message>
    <message>
        <source>Shaking</source>
        <translation>Zittern</translation>
    </message>
    <message>
        <source>Hot flashes</source>
        <translation>Hitzewallungen</translation>
    </message>
    <message>
        <source>Cold flashes</source>
        <translation>Kälteschauer</translation>
    </message>
    <message>
        <source>Bones and muscles ache</source>
        <translation>Knochen- und Muskelschmerzen</translation>
    </message>
    <message>
        <source>Restless</source>
        <translation>Unruhe</translation>
    </message>
    <message>
        <source>Nauseous</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Feel like vomiting</source>
        <translation>Brechreiz</translation>
    </message>
    <message>
        <source>Muscles twitch</source>
        <translation>Muskelzucken</translation>
    </message>
    <message>
        <source>Stomach cramps</source>
        <translation>Magenkrämpfe</translation>
    </message>
    <message>
        <source>Feel like using now</source>
        <translation>Verlangen, jetzt zu konsumieren</translation>
    </message>
    <message>
        <source>I feel anxious</source>
        <translation>Ich fühle mich ängstlich</translation>
    </message>
    <message>
        <source>I feel like yawning</source>
        <translation>Ich muss gähnen</translation>
    </message>
    <message>
        <source>I am perspiring</source>
        <translation>Ich schwitze</translation>
    </message>
    <message>
        <source>My eyes are tearing</source>
        <translation>Meine Augen tränen</translation>
    </message>
    <message>
        <source>My nose is running</source>
        <translation>Meine Nase läuft</translation>
    </message>
    <message>
        <source>I have goose flesh</source>
        <translation>Ich habe Gänsehaut</translation>
    </message>
    <message>
        <source>I am shaking</source>
        <translation>Ich zittere</translation>
    </message>
    <message>
        <source>I have hot flashes</source>
        <translation>Ich habe Hitzewallungen</translation>
    </message>
    <message>
        <source>I have cold flashes</source>
        <translation>Ich habe Kälteschauer</translation>
    </message>
    <message>
        <source>My bones and muscles ache</source>
        <translation>Meine Knochen und Muskeln schmerzen</translation>
    </message>
    <message>
        <source>I feel restless</source>
        <translation>Ich fühle mich unruhig</translation>
    </message>
    <message>
        <source>I feel nauseous</source>
        <translation>Mir ist übel</translation>
    </message>
    <message>
        <source>I feel like vomiting</source>
        <translation>Ich muss mich fast übergeben</translation>
    </message>
    <message>
        <source>My muscles twitch</source>
        <translation>Meine Muskeln zucken</translation>
    </message>
    <message>
        <source>I have cramps in my stomach</source>
        <translation>Ich habe Magenkrämpfe</translation>
    </message>
    <message>
        <source>I feel like using now</source>
        <translation>Ich habe jetzt Lust zu konsumieren</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>quite a bit</source>
        <translation>ziemlich</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>äußerst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>Bands are conventional, not validated. SOWS is validated for opioid withdrawal.</source>
        <translation>Die Bereiche sind konventionell, nicht validiert. Die SOWS ist für den Opioidentzug validiert. Diese Übersetzung ist nicht validiert.</translation>
    </message>
    <message>
        <source>SOWS is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation>Die SOWS ist eine Skala für den Opioidentzug: Für Kratom ist sie nicht validiert.</translation>
    </message>
    <message>
        <source>Short Opiate Withdrawal Scale (SOWS-Gossop)</source>
        <translation>Kurze Opiat-Entzugsskala (SOWS-Gossop), Übersetzung nicht validiert</translation>
    </message>
    <message>
        <source>Feeling sick</source>
        <translation>Übelkeitsgefühl</translation>
    </message>
    <message>
        <source>Muscle spasms or twitching</source>
        <translation>Muskelkrämpfe oder -zucken</translation>
    </message>
    <message>
        <source>Feeling cold</source>
        <translation>Kältegefühl</translation>
    </message>
    <message>
        <source>Heart pounding</source>
        <translation>Herzklopfen</translation>
    </message>
    <message>
        <source>Muscular tension</source>
        <translation>Muskelverspannung</translation>
    </message>
    <message>
        <source>Aches and pains</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Runny eyes</source>
        <translation>Tränende Augen</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Schlafprobleme</translation>
    </message>
    <message>
        <source>SOWS-Gossop has no severity bands: the app shows your own numbers and comparisons only.</source>
        <translation>Die SOWS-Gossop hat keine Schweregrade: Die App zeigt nur Ihre eigenen Zahlen und Vergleiche. Diese Übersetzung ist nicht validiert.</translation>
    </message>
    <message>
        <source>SOWS-Gossop is an opioid withdrawal scale: it has not been validated for kratom.</source>
        <translation>Die SOWS-Gossop ist eine Skala für den Opioidentzug: Für Kratom ist sie nicht validiert.</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Decreased appetite</source>
        <translation>Weniger Appetit</translation>
    </message>
    <message>
        <source>Irritability</source>
        <translation>Reizbarkeit</translation>
    </message>
    <message>
        <source>Low energy</source>
        <translation>Wenig Energie</translation>
    </message>
    <message>
        <source>below the mild band</source>
        <translation>unter dem leichten Bereich</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>mittelschwer</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Verlangen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Sleep hours</source>
        <translation>Schlafstunden</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Follow the computer&apos;s locale</source>
        <translation>Der Region des Computers folgen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation>Der Sprache des Computers folgen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Plan and report</source>
        <translation>Plan und Bericht</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation>Der Tag beginnt um</translation>
    </message>
    <message>
        <source>HH:MM. A check-in before this time belongs to the day before.</source>
        <translation>HH:MM. Ein Tageseintrag vor dieser Uhrzeit gehört zum Vortag.</translation>
    </message>
    <message>
        <source>Symptom scale</source>
        <translation>Symptomskala</translation>
    </message>
    <message>
        <source>SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3).</source>
        <translation>SOWS (16 Fragen, 0-4) oder SOWS-Gossop (10 Fragen, 0-3).</translation>
    </message>
    <message>
        <source>Extra symptoms</source>
        <translation>Zusätzliche Symptome</translation>
    </message>
    <message>
        <source>Optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation>Optionale Symptome, bewertet mit 0-4, getrennt vom Skalengesamtwert.</translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS points)</source>
        <translation>Schwelle für den Pausenhinweis (SOWS-Punkte)</translation>
    </message>
    <message>
        <source>How far symptoms rise above the level before the last step before a hold is suggested for discussion.</source>
        <translation>Wie weit die Symptome über das Niveau vor der letzten Stufe steigen, bevor ein Gespräch über eine Pause vorgeschlagen wird.</translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS-Gossop points)</source>
        <translation>Schwelle für den Pausenhinweis (SOWS-Gossop-Punkte)</translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation>Papierformat des Berichts</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>A quiet reminder when the day has no check-in yet.</source>
        <translation>Eine leise Erinnerung, wenn der Tag noch keinen Tageseintrag hat.</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Tägliche Erinnerung um</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour clock.</source>
        <translation>HH:MM, 24-Stunden-Uhr.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Makes the text of Taper Desktop larger than the system&apos;s, from 100% to 200%.</source>
        <translation>Macht den Text von Taper Desktop größer als den des Systems, von 100% bis 200%.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The window and the report. A change takes effect when Taper Desktop next starts.</source>
        <translation>Fenster und Bericht. Eine Änderung gilt ab dem nächsten Start von Taper Desktop.</translation>
    </message>
    <message>
        <source>Default dose resolution</source>
        <translation type="vanished">Standard-Dosisauflösung</translation>
    </message>
    <message>
        <source>The smallest dose step a new plan is rounded to.</source>
        <translation type="vanished">Die kleinste Dosisstufe, auf die ein neuer Plan gerundet wird.</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Nach Untätigkeit sperren (Minuten)</translation>
    </message>
    <message>
        <source>When the diary is protected with a passphrase, the window locks after this many minutes without use. 0 means never.</source>
        <translation>Wenn das Tagebuch mit einer Passphrase geschützt ist, sperrt sich das Fenster nach so vielen Minuten ohne Nutzung. 0 heißt nie.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Systembereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window keeps the reminder running; quit from the tray menu.</source>
        <translation>Beim Schließen des Fensters läuft die Erinnerung weiter; beenden Sie über das Menü im Systembereich.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Taper Desktop.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Taper Desktop.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>the backup %1 cannot be restored: it is %2</source>
        <translation>die Sicherung %1 lässt sich nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>the backup copy %1 could not be made: %2</source>
        <translation>die Sicherung %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>unreadable (%1 is not a plain database: it is damaged, or encrypted with a key this diary does not have)</source>
        <translation>nicht lesbar (%1 ist keine unverschlüsselte Datenbank: sie ist beschädigt oder mit einem Schlüssel verschlüsselt, den dieses Tagebuch nicht hat)</translation>
    </message>
    <message>
        <source>unreadable (%1 is not encrypted, unlike this diary)</source>
        <translation>nicht lesbar (%1 ist nicht verschlüsselt, anders als dieses Tagebuch)</translation>
    </message>
    <message>
        <source>not a Taper Desktop database</source>
        <translation>keine Taper-Desktop-Datenbank</translation>
    </message>
    <message>
        <source>from a newer version of Taper Desktop</source>
        <translation>von einer neueren Version von Taper Desktop erstellt</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>%1 still exists; set it aside first</source>
        <translation>%1 ist noch vorhanden; legen Sie die Datei zuerst beiseite</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted; it opens with its passphrase or recovery code</source>
        <translation>%1 ist verschlüsselt; die Datei öffnet sich mit ihrer Passphrase oder ihrem Wiederherstellungscode</translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database: it is damaged, or it is encrypted and its key file %2 is missing from %3. Nothing was changed</source>
        <translation>%1 ist keine lesbare Taper-Desktop-Datenbank: sie ist beschädigt, oder sie ist verschlüsselt und ihre Schlüsseldatei %2 fehlt in %3. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 does not open with this key (%2)</source>
        <translation>%1 lässt sich mit diesem Schlüssel nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1 is not a readable Taper Desktop database (%2)</source>
        <translation>%1 ist keine lesbare Taper-Desktop-Datenbank (%2)</translation>
    </message>
    <message>
        <source>cannot create the data folder %1: %2</source>
        <translation>der Datenordner %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>the data folder %1 is not a folder</source>
        <translation>der Datenordner %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the data folder %1 is not writable</source>
        <translation>in den Datenordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the diary in %1 is protected with a passphrase</source>
        <translation>das Tagebuch in %1 ist mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>%1 is a SQLite file of another program, not Taper Desktop</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, nicht von Taper Desktop</translation>
    </message>
    <message>
        <source>%1 was written by a newer Taper Desktop (schema version %2; this version reads up to %3). Please update the app.</source>
        <translation>%1 wurde von einer neueren Version von Taper Desktop geschrieben (Schemaversion %2; diese Version liest bis %3). Bitte aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>there is no database in %1</source>
        <translation>in %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>the diary is not protected with a passphrase</source>
        <translation>das Tagebuch ist nicht mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>the key file %1 does not open the diary in %2; it may come from another folder</source>
        <translation>die Schlüsseldatei %1 öffnet das Tagebuch in %2 nicht; sie stammt vielleicht aus einem anderen Ordner</translation>
    </message>
    <message>
        <source>the new copy %1 does not read back</source>
        <translation>die neue Kopie %1 lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>%1 could not be converted: %2</source>
        <translation>%1 konnte nicht umgewandelt werden: %2</translation>
    </message>
    <message>
        <source>the diary is already protected with a passphrase</source>
        <translation>das Tagebuch ist bereits mit einer Passphrase geschützt</translation>
    </message>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation>eine Passphrase braucht mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>a passphrase cannot start or end with a space</source>
        <translation>eine Passphrase darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>the passphrase or recovery code is not right</source>
        <translation>die Passphrase oder der Wiederherstellungscode ist nicht richtig</translation>
    </message>
    <message>
        <source>the key file %1 belongs to another diary, not to %2; put back the key file that was made with this diary</source>
        <translation>die Schlüsseldatei %1 gehört zu einem anderen Tagebuch, nicht zu %2; legen Sie die Schlüsseldatei zurück, die mit diesem Tagebuch angelegt wurde</translation>
    </message>
    <message>
        <source>the key file %1 is missing from %2; without it the encrypted diary cannot be opened. Nothing was changed. If you have a copy of %1, put it back in that folder</source>
        <translation>die Schlüsseldatei %1 fehlt in %2; ohne sie lässt sich das verschlüsselte Tagebuch nicht öffnen. Nichts wurde geändert. Wenn Sie eine Kopie von %1 haben, legen Sie sie in diesen Ordner zurück</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read: %2</source>
        <translation>die Schlüsseldatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>the key file %1 is damaged (%2); nothing was changed</source>
        <translation>die Schlüsseldatei %1 ist beschädigt (%2); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>substances</name>
    <message>
        <source>MME (CDC 2022 table) estimates risk only: it is not for converting between drugs and not for opioid use disorder dosing.</source>
        <translation>MME (CDC-Tabelle 2022) schätzen nur das Risiko: Sie dienen nicht zum Umrechnen zwischen Medikamenten und nicht zur Dosierung bei Opioidgebrauchsstörung.</translation>
    </message>
    <message>
        <source>Kratom leaf powder</source>
        <translation>Kratom-Blattpulver</translation>
    </message>
    <message>
        <source>Kratom capsules</source>
        <translation>Kratom-Kapseln</translation>
    </message>
    <message>
        <source>Kratom extract</source>
        <translation>Kratom-Extrakt</translation>
    </message>
    <message>
        <source>Codeine</source>
        <translation>Codein</translation>
    </message>
    <message>
        <source>Fentanyl transdermal patch</source>
        <translation>Fentanyl-Pflaster (transdermal)</translation>
    </message>
    <message>
        <source>Hydrocodone</source>
        <translation>Hydrocodon</translation>
    </message>
    <message>
        <source>Hydromorphone</source>
        <translation>Hydromorphon</translation>
    </message>
    <message>
        <source>Methadone</source>
        <translation>Methadon</translation>
    </message>
    <message>
        <source>Morphine</source>
        <translation>Morphin</translation>
    </message>
    <message>
        <source>Oxycodone</source>
        <translation>Oxycodon</translation>
    </message>
    <message>
        <source>Oxymorphone</source>
        <translation>Oxymorphon</translation>
    </message>
    <message>
        <source>Tapentadol</source>
        <translation>Tapentadol</translation>
    </message>
    <message>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <source>Buprenorphine</source>
        <translation>Buprenorphin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere Substanz</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message numerus="yes">
        <source>%1 capsule(s)</source>
        <translation>
            <numerusform>%1 Kapsel</numerusform>
            <numerusform>%1 Kapseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tablet(s)</source>
        <translation>
            <numerusform>%1 Tablette</numerusform>
            <numerusform>%1 Tabletten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 patch(es)</source>
        <translation>
            <numerusform>%1 Pflaster</numerusform>
            <numerusform>%1 Pflaster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drop(s)</source>
        <translation>
            <numerusform>%1 Tropfen</numerusform>
            <numerusform>%1 Tropfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>&apos;%1&apos; is not a time in HH:MM (00:00-23:59)</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit im Format HH:MM (00:00-23:59)</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; is not a real date in the form YYYY-MM-DD</source>
        <translation>das Datum &apos;%1&apos; ist kein gültiges Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 has not come yet; a dose can be logged for today (%2) or an earlier day</source>
        <translation>der %1 ist noch nicht gekommen; Sie können eine Dosis für heute (%2) oder einen früheren Tag eintragen</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos; is not one of percent, linear, custom</source>
        <translation>die Regel &apos;%1&apos; ist keine von percent, linear, custom</translation>
    </message>
    <message>
        <source>start dose %1 must be greater than 0</source>
        <translation>die Anfangsdosis %1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>rounding step %1 must be greater than 0</source>
        <translation>der Rundungsschritt %1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>rounding step %1 must be smaller than the start dose %2</source>
        <translation>der Rundungsschritt %1 muss kleiner als die Anfangsdosis %2 sein</translation>
    </message>
    <message>
        <source>start dose %1 is not a multiple of the rounding step %2</source>
        <translation>die Anfangsdosis %1 ist kein Vielfaches des Rundungsschritts %2</translation>
    </message>
    <message>
        <source>target %1 must be 0 or more</source>
        <translation>die Zieldosis %1 muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>target %1 must be below the start dose %2</source>
        <translation>die Zieldosis %1 muss unter der Anfangsdosis %2 liegen</translation>
    </message>
    <message>
        <source>target %1 is not 0 or a multiple of the rounding step %2</source>
        <translation>die Zieldosis %1 ist weder 0 noch ein Vielfaches des Rundungsschritts %2</translation>
    </message>
    <message>
        <source>step interval %1 must be a whole number of days, at least 1</source>
        <translation>der Abstand zwischen den Schritten %1 muss eine ganze Zahl von Tagen sein, mindestens 1</translation>
    </message>
    <message>
        <source>the step size is missing</source>
        <translation>die Schrittgröße fehlt</translation>
    </message>
    <message>
        <source>percent per step %1 must be greater than 0 and at most 50</source>
        <translation>der Prozentsatz pro Schritt %1 muss größer als 0 und höchstens 50 sein</translation>
    </message>
    <message>
        <source>amount per step %1 must be greater than 0 and at most the start dose %2</source>
        <translation>die Menge pro Schritt %1 muss größer als 0 und höchstens die Anfangsdosis %2 sein</translation>
    </message>
    <message>
        <source>the schedule does not reach the target within %1 steps</source>
        <translation>der Plan erreicht die Zieldosis nicht innerhalb von %1 Schritten</translation>
    </message>
    <message>
        <source>a custom plan needs at least one dated step</source>
        <translation>ein eigener Plan braucht mindestens einen Schritt mit Datum</translation>
    </message>
    <message>
        <source>custom step %1: steps must be dated in order, one per date</source>
        <translation>Schritt am %1: die Schritte müssen nach Datum geordnet sein, einer pro Datum</translation>
    </message>
    <message>
        <source>custom step %1 must be dated after the effective date %2</source>
        <translation>der Schritt am %1 muss nach dem Datum des Inkrafttretens %2 liegen</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 must not be negative</source>
        <translation>Schritt am %1: die Dosis %2 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is not a multiple of the rounding step %3</source>
        <translation>Schritt am %1: die Dosis %2 ist kein Vielfaches des Rundungsschritts %3</translation>
    </message>
    <message>
        <source>custom step %1: dose %2 is below the target %3</source>
        <translation>Schritt am %1: die Dosis %2 liegt unter der Zieldosis %3</translation>
    </message>
    <message>
        <source>the dose rises on %1 from %2 to %3; an increase needs the name of the provider who agreed it</source>
        <translation>die Dosis steigt am %1 von %2 auf %3; eine Erhöhung braucht den Namen der Fachperson, die ihr zugestimmt hat</translation>
    </message>
    <message>
        <source>a change cannot take effect on %1, before the plan itself starts (%2)</source>
        <translation>eine Änderung kann nicht am %1 gelten, vor dem Beginn des Plans selbst (%2)</translation>
    </message>
    <message>
        <source>the hold from %1 ends before it starts (%2)</source>
        <translation>die Pause ab dem %1 endet, bevor sie beginnt (%2)</translation>
    </message>
    <message>
        <source>the hold from %1 overlaps the hold from %2</source>
        <translation>die Pause ab dem %1 überschneidet sich mit der Pause ab dem %2</translation>
    </message>
    <message>
        <source>a plan rule is broken</source>
        <translation>eine Regel des Plans ist verletzt</translation>
    </message>
    <message>
        <source>%1 has no item &apos;%2&apos;</source>
        <translation>%1 hat keinen Punkt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is not a whole number</source>
        <translation>%1, Punkt &apos;%2&apos;: der Wert %3 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 item &apos;%2&apos;: score %3 is outside 0-%4</source>
        <translation>%1, Punkt &apos;%2&apos;: der Wert %3 liegt außerhalb von 0-%4</translation>
    </message>
    <message>
        <source>unknown instrument &apos;%1&apos;; expected SOWS or SOWS-Gossop</source>
        <translation>unbekannte Skala &apos;%1&apos;; erwartet wird SOWS oder SOWS-Gossop</translation>
    </message>
    <message>
        <source>COWS total %1 is outside 0-%2</source>
        <translation>die COWS-Summe %1 liegt außerhalb von 0-%2</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4</source>
        <translation>%1: %2 liegt außerhalb von %3-%4</translation>
    </message>
    <message>
        <source>%1: %2 is not a multiple of %3</source>
        <translation>%1: %2 ist kein Vielfaches von %3</translation>
    </message>
    <message>
        <source>setting %1: %2</source>
        <translation>Einstellung %1: %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>%1 is outside %2-%3</source>
        <translation>%1 liegt außerhalb von %2-%3</translation>
    </message>
    <message>
        <source>unknown extra symptom %1</source>
        <translation>unbekanntes zusätzliches Symptom: %1</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 ist nicht Ja oder Nein</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>unbekannte Einstellung: %1</translation>
    </message>
    <message>
        <source>extra symptom %1: score %2 is outside 0-%3</source>
        <translation>zusätzliches Symptom %1: der Wert %2 liegt außerhalb von 0-%3</translation>
    </message>
    <message>
        <source>dose amount %1 is not a number</source>
        <translation>die Dosismenge %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>dose amount %1 must be greater than 0</source>
        <translation>die Dosismenge %1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>dose unit is missing</source>
        <translation>die Einheit der Dosis fehlt</translation>
    </message>
    <message>
        <source>%1 has no planned dose</source>
        <translation>für den %1 ist keine Dosis geplant</translation>
    </message>
    <message>
        <source>the planned dose for %1 is already logged</source>
        <translation>die geplante Dosis für den %1 ist schon eingetragen</translation>
    </message>
    <message>
        <source>that hold no longer exists</source>
        <translation>diese Pause gibt es nicht mehr</translation>
    </message>
    <message>
        <source>a hold cannot end before it starts</source>
        <translation>eine Pause kann nicht enden, bevor sie beginnt</translation>
    </message>
    <message>
        <source>that revision no longer exists</source>
        <translation>diese Planänderung gibt es nicht mehr</translation>
    </message>
    <message>
        <source>that revision was already withdrawn on %1</source>
        <translation>diese Planänderung wurde schon am %1 zurückgezogen</translation>
    </message>
    <message>
        <source>that hold was already withdrawn on %1</source>
        <translation>diese Pause wurde schon am %1 zurückgezogen</translation>
    </message>
    <message>
        <source>the plan&apos;s only revision cannot be withdrawn; correct it instead</source>
        <translation>die einzige Fassung des Plans kann nicht zurückgezogen werden; korrigieren Sie sie stattdessen</translation>
    </message>
    <message>
        <source>medication name is missing</source>
        <translation>der Name des Medikaments fehlt</translation>
    </message>
    <message>
        <source>medication amount must be greater than 0</source>
        <translation>die Menge des Medikaments muss größer als 0 sein</translation>
    </message>
    <message>
        <source>COWS total %1 must be a whole number 0-%2</source>
        <translation>die COWS-Summe %1 muss eine ganze Zahl von 0 bis %2 sein</translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation>%1 muss größer als 0 sein</translation>
    </message>
    <message>
        <source>a %1 substance has no MME factor (CDC 2022 table)</source>
        <translation>eine Substanz der Art %1 hat keinen MME-Faktor (CDC-Tabelle 2022)</translation>
    </message>
    <message>
        <source>%1 is not an MME factor of the CDC 2022 table</source>
        <translation>%1 ist kein MME-Faktor der CDC-Tabelle 2022</translation>
    </message>
    <message>
        <source>the CDC 2022 factor for %1 is %2, not %3</source>
        <translation>der CDC-Faktor 2022 für %1 ist %2, nicht %3</translation>
    </message>
</context>
</TS>
