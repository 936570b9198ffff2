<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CalendarTab</name>
    <message>
        <source>No taper plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan you agreed with your provider will show here day by day, with what you took. Setting up a plan arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>No charts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends of your symptoms against your dose steps will show here once you have a few days of check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily symptom check-in (SOWS, 16 items, under a minute by keyboard) arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF summary to bring to your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport data...</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>&amp;Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Taper Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>No check-in yet today. It takes under a minute when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the reminder cannot appear while Taper Desktop is closed. It will remind you the next time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Taper Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This app keeps the taper plan you agreed with your provider, a daily symptom check-in that takes under a minute, and charts of how you are doing. Before a visit it can print a summary to bring along.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It records and summarizes; it does not give medical advice.&lt;/b&gt; It does not diagnose or prescribe. Any schedule it shows is a plan to confirm with your provider.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. The app never uses the network, and it exports or prints only when you ask.&lt;/p&gt;&lt;p&gt;In an emergency, call your local emergency number.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plan you agreed with your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later, go to today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, go to today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Follow the computer&apos;s locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM. A check-in before this time belongs to the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOWS (16 items, 0-4) or SOWS-Gossop (10 items, 0-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional symptoms scored 0-4, kept apart from the scale total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far symptoms rise above the level before the last step before a hold is suggested for discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold prompt threshold (SOWS-Gossop points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet reminder when the day has no check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, 24-hour clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default dose resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest dose step a new plan is rounded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps the reminder running; quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
