<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AdviceStep</name>
    <message>
        <location filename="../ui/wizard.py" line="270"/>
        <source>Please choose one of the two answers.</source>
        <translation>Kies een van de twee antwoorden.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="274"/>
        <source>Talk with your GP first</source>
        <translation>Praat eerst met je huisarts</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="277"/>
        <source>You answered yes to a question. Please talk with your GP or physiotherapist before you start training. Strength training is usually possible, often with some changes. You can set everything up now.</source>
        <translation>Je hebt op een vraag ja geantwoord. Praat met je huisarts of fysiotherapeut voordat je gaat trainen. Krachttraining kan meestal wel, vaak met een paar aanpassingen. Je kunt nu alles al instellen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="283"/>
        <source>I have talked with my GP or physiotherapist. I may start training.</source>
        <translation>Ik heb met mijn huisarts of fysiotherapeut gepraat. Ik mag gaan trainen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="285"/>
        <source>I will talk with my GP first. I will confirm later.</source>
        <translation>Ik praat eerst met mijn huisarts. Dat bevestig ik later.</translation>
    </message>
</context>
<context>
    <name>BandStep</name>
    <message>
        <location filename="../ui/wizard.py" line="437"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="438"/>
        <source>Move {band} up</source>
        <translation>Zet {band} een plek omhoog</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="439"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="440"/>
        <source>Move {band} down</source>
        <translation>Zet {band} een plek omlaag</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="463"/>
        <source>Which bands do you have?</source>
        <translation>Welke elastieken heb je?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="466"/>
        <source>Tap every band you have. The list goes from light to heavy, in the order of Thera-Band. Another brand? Move the bands with Up and Down until the lightest is at the top. No bands? Then tap nothing.</source>
        <translation>Tik op elk elastiek dat je hebt. De lijst gaat van licht naar zwaar, in de volgorde van Thera-Band. Heb je een ander merk? Zet de elastieken dan met Omhoog en Omlaag op volgorde, tot het lichtste bovenaan staat. Geen elastieken? Tik dan nergens op.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="471"/>
        <source>Back to the Thera-Band order</source>
        <translation>Terug naar de volgorde van Thera-Band</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="472"/>
        <location filename="../ui/wizard.py" line="473"/>
        <source>A band with another name</source>
        <translation>Een elastiek met een andere naam</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="474"/>
        <source>Add band</source>
        <translation>Elastiek toevoegen</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../ui/catalogue_page.py" line="84"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="97"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="98"/>
        <source>Tap an exercise to see how it is done.</source>
        <translation>Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="100"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="101"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>DumbbellStep</name>
    <message>
        <location filename="../ui/wizard.py" line="320"/>
        <location filename="../ui/wizard.py" line="353"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="345"/>
        <source>Which dumbbells do you have?</source>
        <translation>Welke halters heb je?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="348"/>
        <source>Tap every weight you have (the weight of one dumbbell). No dumbbells? Then tap nothing: many exercises work without.</source>
        <translation>Tik op elk gewicht dat je hebt (het gewicht van één halter). Geen halters? Tik dan nergens op: veel oefeningen gaan ook zonder.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="354"/>
        <location filename="../ui/wizard.py" line="355"/>
        <source>Another weight, in kg</source>
        <translation>Een ander gewicht, in kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="356"/>
        <source>Add weight</source>
        <translation>Gewicht toevoegen</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../ui/exercise_page.py" line="71"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="80"/>
        <source>Start position</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="81"/>
        <source>End position</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="97"/>
        <source>Getting ready</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="99"/>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="100"/>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="101"/>
        <source>Watch out for</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="102"/>
        <source>Kind to your joints</source>
        <translation>Zo spaar je je gewrichten</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="107"/>
        <source>Sitting or with support</source>
        <translation>Zittend of met steun</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="107"/>
        <source>Easier</source>
        <translation>Makkelijker</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="130"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/wizard.py" line="602"/>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="605"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="605"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="655"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/home_page.py" line="86"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="91"/>
        <source>Sessions done this week: {done}. Your plan: {planned} a week.</source>
        <translation>Trainingen gedaan deze week: {done}. Je plan: {planned} per week.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="97"/>
        <source>You have not trained yet. Welcome!</source>
        <translation>Je hebt nog niet getraind. Welkom!</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="100"/>
        <source>Last session: {date}</source>
        <translation>Laatste training: {date}</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="102"/>
        <source>There is no plan yet.</source>
        <translation>Er is nog geen plan.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="106"/>
        <source>Your exercises (on {days}). Tap one to see how it is done.</source>
        <translation>Je oefeningen (op {days}). Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="136"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="139"/>
        <source>In the health check you answered yes to a question. Please talk with your GP or physiotherapist first. Have you done that, and may you train? Then tap the button below.</source>
        <translation>Bij de vragen over je gezondheid heb je op een vraag ja geantwoord. Praat eerst met je huisarts of fysiotherapeut. Heb je dat gedaan en mag je trainen? Tik dan op de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="144"/>
        <source>I have talked with my GP: I may train</source>
        <translation>Ik heb met mijn huisarts gepraat: ik mag trainen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="145"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="146"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../ui/wizard.py" line="100"/>
        <source>Welcome to sterkblijven</source>
        <translation>Welkom bij sterkblijven</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="103"/>
        <source>This program helps you stay strong: a short strength session at home, once a week. First we set it up together. Which language do you want?</source>
        <translation>Dit programma helpt je om sterk te blijven: één keer per week een korte krachttraining thuis. Eerst stellen we samen alles in. Welke taal wil je?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="199"/>
        <source>Problem with your data</source>
        <translation>Probleem met je gegevens</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="210"/>
        <source>sterkblijven – stay strong</source>
        <translation>sterkblijven – blijf sterk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="11"/>
        <source>Your data cannot be saved because the data folder is read-only. Nothing that was saved before is lost. Ask your carer to check the folder.</source>
        <translation>Je gegevens kunnen niet worden opgeslagen, want de map met gegevens is alleen-lezen. Alles wat eerder is opgeslagen, is er nog. Vraag je mantelzorger om de map na te kijken.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="16"/>
        <source>Your data cannot be saved because the disk is full. Nothing that was saved before is lost. Make room on the computer and try again.</source>
        <translation>Je gegevens kunnen niet worden opgeslagen, want de schijf is vol. Alles wat eerder is opgeslagen, is er nog. Maak ruimte vrij op de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="21"/>
        <source>The data file is damaged and cannot be read. It has not been changed or deleted. Your carer can restore a backup from the data folder.</source>
        <translation>Het bestand met gegevens is beschadigd en kan niet worden gelezen. Het is niet veranderd en niet verwijderd. Je mantelzorger kan een reservekopie terugzetten uit de map met gegevens.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>The data file belongs to another program and cannot be used. It has not been changed. Start with another data folder.</source>
        <translation>Het bestand met gegevens hoort bij een ander programma en kan niet worden gebruikt. Het is niet veranderd. Begin met een andere map voor je gegevens.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="31"/>
        <source>The data was saved by a newer version of this program. Please install the newest version. Your data has not been changed.</source>
        <translation>De gegevens zijn opgeslagen door een nieuwere versie van dit programma. Installeer de nieuwste versie. Je gegevens zijn niet veranderd.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="39"/>
        <source>Something went wrong with the data. Nothing that was saved before is lost. Please try again.</source>
        <translation>Er ging iets mis met de gegevens. Alles wat eerder is opgeslagen, is er nog. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="49"/>
        <source>The list of exercises that came with the program is damaged, so it cannot start. Please reinstall the program. Your own data is safe.

File: {source}
Field: {field}
Problem: {problem}</source>
        <translation>De lijst met oefeningen die bij het programma hoort, is beschadigd. Daarom kan het programma niet starten. Installeer het programma opnieuw. Je eigen gegevens zijn veilig.

Bestand: {source}
Veld: {field}
Probleem: {problem}</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../ui/wizard.py" line="173"/>
        <source>Please choose woman or man.</source>
        <translation>Kies vrouw of man.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="178"/>
        <source>Who is going to train?</source>
        <translation>Wie gaat er trainen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="179"/>
        <source>Tell us who you are. Only this computer keeps it.</source>
        <translation>Vertel wie je bent. Dit blijft alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="180"/>
        <location filename="../ui/wizard.py" line="181"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="182"/>
        <location filename="../ui/wizard.py" line="183"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="184"/>
        <source>− 1 year</source>
        <translation>− 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="185"/>
        <source>One year earlier</source>
        <translation>Eén jaar eerder</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="186"/>
        <source>+ 1 year</source>
        <translation>+ 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="187"/>
        <source>One year later</source>
        <translation>Eén jaar later</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="188"/>
        <source>Woman or man</source>
        <translation>Vrouw of man</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="190"/>
        <source>Used only to compare your test results with people of your age.</source>
        <translation>Dit gebruiken we alleen om je testuitslagen te vergelijken met mensen van je leeftijd.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="192"/>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="193"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
</context>
<context>
    <name>ReadinessStep</name>
    <message>
        <location filename="../ui/wizard.py" line="231"/>
        <source>Please answer every question with yes or no.</source>
        <translation>Beantwoord elke vraag met ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="235"/>
        <source>Is it safe to start?</source>
        <translation>Kun je veilig beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="237"/>
        <source>Five short questions about your health. Answer each with yes or no.</source>
        <translation>Vijf korte vragen over je gezondheid. Beantwoord elke vraag met ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="242"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="243"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="101"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="102"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="103"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="104"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../ui/wizard.py" line="491"/>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="491"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="493"/>
        <source>Name: {name}</source>
        <translation>Naam: {name}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="494"/>
        <source>Year of birth: {year} ({sex})</source>
        <translation>Geboortejaar: {year} ({sex})</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="500"/>
        <source>Dumbbells: {weights} kg</source>
        <translation>Halters: {weights} kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="502"/>
        <source>Dumbbells: none</source>
        <translation>Halters: geen</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="505"/>
        <source>Bands, light to heavy: {names}</source>
        <translation>Elastieken, van licht naar zwaar: {names}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="507"/>
        <source>Bands: none</source>
        <translation>Elastieken: geen</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="509"/>
        <source>Training starts after you confirm that you talked with your GP.</source>
        <translation>Je kunt pas trainen als je hebt bevestigd dat je met je huisarts hebt gepraat.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="514"/>
        <source>Ready to make your plan</source>
        <translation>Klaar om je plan te maken</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="517"/>
        <source>Check what you entered. Tap Finish, and we make a weekly plan of light exercises that fit your equipment. A carer can change it later.</source>
        <translation>Kijk of alles klopt wat je hebt ingevuld. Tik op Klaar. Dan maken we een weekplan met lichte oefeningen die passen bij je materiaal. Een mantelzorger kan het plan later aanpassen.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.py" line="37"/>
        <source>Standing up from a chair</source>
        <translation>Opstaan uit een stoel</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="38"/>
        <source>Climbing stairs</source>
        <translation>Traplopen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="39"/>
        <source>Carrying shopping</source>
        <translation>Boodschappen dragen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="40"/>
        <source>Balance</source>
        <translation>Evenwicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="48"/>
        <source>tan</source>
        <translation>beige</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="49"/>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="50"/>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="51"/>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="52"/>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="53"/>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="54"/>
        <source>silver</source>
        <translation>zilver</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="55"/>
        <source>gold</source>
        <translation>goud</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="56"/>
        <source>other</source>
        <translation>ander</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="65"/>
        <source>{colour} band</source>
        <translation>{colour} elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="71"/>
        <source>dumbbells of {kg} kg</source>
        <translation>halters van {kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="75"/>
        <source>{band}, doubled</source>
        <translation>{band}, dubbelgevouwen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="78"/>
        <source>a band</source>
        <translation>een elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="79"/>
        <source>no weights</source>
        <translation>zonder gewicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="85"/>
        <source>Without weights</source>
        <translation>Zonder gewicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="86"/>
        <source>With dumbbells</source>
        <translation>Met halters</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="87"/>
        <source>With a band</source>
        <translation>Met een elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="95"/>
        <source>hold {low} to {high} seconds</source>
        <translation>{low} tot {high} seconden volhouden</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="97"/>
        <source>{low} to {high} steps</source>
        <translation>{low} tot {high} stappen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="98"/>
        <source>{low} to {high} times, until you really cannot do more</source>
        <translation>{low} tot {high} keer, tot het echt niet meer gaat</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="106"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="107"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="108"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="109"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="110"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="111"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="112"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="121"/>
        <source>Please type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="122"/>
        <location filename="../ui/wording.py" line="129"/>
        <source>That name is too long. Use at most {most} letters.</source>
        <translation>Die naam is te lang. Gebruik niet meer dan {most} letters.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="125"/>
        <location filename="../ui/wording.py" line="132"/>
        <source>The name has a character that cannot be used. Please retype it.</source>
        <translation>Er staat een teken in de naam dat niet mag. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="128"/>
        <source>Please type a name for the band.</source>
        <translation>Typ een naam voor het elastiek.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="135"/>
        <source>Please type the birth year as four digits, for example 1948.</source>
        <translation>Typ het geboortejaar met vier cijfers, bijvoorbeeld 1948.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="138"/>
        <source>Please type a birth year from {low} to {high}.</source>
        <translation>Typ een geboortejaar van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="141"/>
        <source>Please type the weight as a number, for example 2,5.</source>
        <translation>Typ het gewicht als getal, bijvoorbeeld 2,5.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="144"/>
        <source>Please type a weight from {low} to {high} kg.</source>
        <translation>Typ een gewicht van {low} tot en met {high} kg.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="147"/>
        <source>That weight is already in the list.</source>
        <translation>Dat gewicht staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="148"/>
        <source>Please choose a language.</source>
        <translation>Kies een taal.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="151"/>
        <source>This input cannot be used. Please check it and try again.</source>
        <translation>Wat je hebt ingevuld, kan niet worden gebruikt. Kijk het na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="158"/>
        <source>Do you get pain or pressure in your chest when you exert yourself?</source>
        <translation>Krijg je pijn of een drukkend gevoel op je borst als je je inspant?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="161"/>
        <source>Have you lost your balance because of dizziness, or fainted, recently?</source>
        <translation>Ben je de laatste tijd door duizeligheid je evenwicht verloren, of ben je flauwgevallen?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="164"/>
        <source>Have you broken a bone or had an operation in the last month?</source>
        <translation>Heb je de afgelopen maand een bot gebroken of een operatie gehad?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="167"/>
        <source>Do you have high blood pressure that is not under control?</source>
        <translation>Heb je een hoge bloeddruk die niet onder controle is?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="170"/>
        <source>Has a doctor told you not to exercise?</source>
        <translation>Heeft een arts je gezegd dat je niet mag sporten?</translation>
    </message>
</context>
</TS>
