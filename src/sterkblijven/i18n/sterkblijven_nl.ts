<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AdviceStep</name>
    <message>
        <location filename="../ui/wizard.py" line="257"/>
        <source>Please choose one of the two answers.</source>
        <translation>Kies een van de twee antwoorden.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="261"/>
        <source>Talk with your GP first</source>
        <translation>Praat eerst met je huisarts</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="264"/>
        <source>You answered yes to a question. Please talk with your GP or physiotherapist before you start training. Strength training is usually possible, often with some changes. You can set everything up now.</source>
        <translation>Je hebt op een vraag ja geantwoord. Praat met je huisarts of fysiotherapeut voordat je gaat trainen. Krachttraining kan meestal wel, vaak met een paar aanpassingen. Je kunt nu alles al instellen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="270"/>
        <source>I have talked with my GP or physiotherapist. I may start training.</source>
        <translation>Ik heb met mijn huisarts of fysiotherapeut gepraat. Ik mag gaan trainen.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="272"/>
        <source>I will talk with my GP first. I will confirm later.</source>
        <translation>Ik praat eerst met mijn huisarts. Dat bevestig ik later.</translation>
    </message>
</context>
<context>
    <name>BandStep</name>
    <message>
        <location filename="../ui/wizard.py" line="427"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="428"/>
        <source>Move {band} up</source>
        <translation>Zet {band} een plek omhoog</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="429"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="430"/>
        <source>Move {band} down</source>
        <translation>Zet {band} een plek omlaag</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="451"/>
        <source>Which bands do you have?</source>
        <translation>Welke elastieken heb je?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="454"/>
        <source>Tap every band you have. The list goes from light to heavy, in the order of Thera-Band. Another brand? Move the bands with Up and Down until the lightest is at the top. No bands? Then tap nothing.</source>
        <translation>Tik op elk elastiek dat je hebt. De lijst gaat van licht naar zwaar, in de volgorde van Thera-Band. Heb je een ander merk? Zet de elastieken dan met Omhoog en Omlaag op volgorde, tot het lichtste bovenaan staat. Geen elastieken? Tik dan nergens op.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="459"/>
        <source>Back to the Thera-Band order</source>
        <translation>Terug naar de volgorde van Thera-Band</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="460"/>
        <location filename="../ui/wizard.py" line="461"/>
        <source>A band with another name</source>
        <translation>Een elastiek met een andere naam</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="462"/>
        <source>Add band</source>
        <translation>Elastiek toevoegen</translation>
    </message>
</context>
<context>
    <name>CarerPage</name>
    <message>
        <location filename="../ui/carer_page.py" line="198"/>
        <source>The carer part is protected by a PIN.</source>
        <translation>Het mantelzorgerdeel is beveiligd met een PIN.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="200"/>
        <source>There is no PIN yet: anyone can open this part.</source>
        <translation>Er is nog geen PIN: iedereen kan dit deel openen.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="203"/>
        <source>Change the PIN</source>
        <translation>PIN veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="203"/>
        <source>Set the PIN</source>
        <translation>PIN instellen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="219"/>
        <source>New name for {name}</source>
        <translation>Nieuwe naam voor {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="221"/>
        <source>Save the name</source>
        <translation>Naam opslaan</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="223"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="235"/>
        <source>Remove {name}? All of {name}&apos;s sessions and tests go too. A backup of everything is made first.</source>
        <translation>Wil je {name} verwijderen? Dan worden ook alle trainingen en tests van {name} verwijderd. Eerst wordt er een reservekopie van alles gemaakt.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="239"/>
        <source>Yes, remove {name}</source>
        <translation>Ja, verwijder {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="241"/>
        <source>Are you really sure? This cannot be undone in the app.</source>
        <translation>Weet je het echt zeker? Dit kun je in de app niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="242"/>
        <source>Remove {name} for good</source>
        <translation>Verwijder {name} definitief</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="246"/>
        <source>No, keep {name}</source>
        <translation>Nee, houd {name}</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="253"/>
        <source>Change the name</source>
        <translation>Naam veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="254"/>
        <source>Change the name of {name}</source>
        <translation>Naam van {name} veranderen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="256"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="257"/>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="304"/>
        <source>Carer part</source>
        <translation>Mantelzorgerdeel</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="305"/>
        <source>Carer PIN</source>
        <translation>PIN van de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="306"/>
        <location filename="../ui/carer_page.py" line="307"/>
        <source>New PIN (4 to 8 digits)</source>
        <translation>Nieuwe PIN (4 tot 8 cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="308"/>
        <source>Who trains on this computer</source>
        <translation>Wie traint er op deze computer</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="309"/>
        <source>Add someone</source>
        <translation>Iemand toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="310"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../ui/catalogue_page.py" line="81"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="88"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="89"/>
        <source>Tap an exercise to see how it is done.</source>
        <translation>Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="91"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/catalogue_page.py" line="92"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../ui/carer_page.py" line="350"/>
        <source>Who is going to train?</source>
        <translation>Wie gaat er trainen?</translation>
    </message>
</context>
<context>
    <name>ConfirmStopView</name>
    <message>
        <location filename="../ui/session_page.py" line="719"/>
        <source>Stop the session?</source>
        <translation>Wil je stoppen met de training?</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="720"/>
        <source>Everything you have done so far stays saved.</source>
        <translation>Alles wat je tot nu toe hebt gedaan, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="721"/>
        <source>Yes, stop now</source>
        <translation>Ja, nu stoppen</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="722"/>
        <source>No, go on</source>
        <translation>Nee, ga verder</translation>
    </message>
</context>
<context>
    <name>DumbbellStep</name>
    <message>
        <location filename="../ui/wizard.py" line="309"/>
        <location filename="../ui/wizard.py" line="342"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="334"/>
        <source>Which dumbbells do you have?</source>
        <translation>Welke halters heb je?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="337"/>
        <source>Tap every weight you have (the weight of one dumbbell). No dumbbells? Then tap nothing: many exercises work without.</source>
        <translation>Tik op elk gewicht dat je hebt (het gewicht van één halter). Geen halters? Tik dan nergens op: veel oefeningen gaan ook zonder.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="343"/>
        <location filename="../ui/wizard.py" line="344"/>
        <source>Another weight, in kg</source>
        <translation>Een ander gewicht, in kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="345"/>
        <source>Add weight</source>
        <translation>Gewicht toevoegen</translation>
    </message>
</context>
<context>
    <name>EffortView</name>
    <message>
        <location filename="../ui/session_page.py" line="460"/>
        <source>How hard was it?</source>
        <translation>Hoe zwaar was het?</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="461"/>
        <source>Tap the word that fits best.</source>
        <translation>Tik op het woord dat het best past.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="464"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../ui/exercise_page.py" line="68"/>
        <source>Helps with: {task}</source>
        <translation>Helpt bij: {task}</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="77"/>
        <source>Start position</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="78"/>
        <source>End position</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="94"/>
        <source>Getting ready</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="96"/>
        <source>How to do it</source>
        <translation>Zo doe je het</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="97"/>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="98"/>
        <source>Watch out for</source>
        <translation>Let op</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="99"/>
        <source>Kind to your joints</source>
        <translation>Zo spaar je je gewrichten</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="104"/>
        <source>Sitting or with support</source>
        <translation>Zittend of met steun</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="104"/>
        <source>Easier</source>
        <translation>Makkelijker</translation>
    </message>
    <message>
        <location filename="../ui/exercise_page.py" line="121"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <location filename="../ui/session_page.py" line="332"/>
        <source>Set {number} of {total}</source>
        <translation>Set {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="339"/>
        <source>Tap Start when you stand ready, and Stop when you let go.</source>
        <translation>Tik op Start als je klaarstaat. Tik op Stop als je ophoudt.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="343"/>
        <source>You are just starting: stop 2 or 3 times before you really cannot go on. Then tap &apos;Done, I stop here&apos;.</source>
        <translation>Je bent net begonnen: stop als je nog 2 of 3 keer zou kunnen. Tik dan op &apos;Klaar, ik stop hier&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="349"/>
        <source>Tap the big button at every repetition. Tap &apos;I can&apos;t do more&apos; at the end.</source>
        <translation>Tik bij elke herhaling op de grote knop. Tik aan het eind op &apos;Ik kan niet meer&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="353"/>
        <source>Start position</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="353"/>
        <source>End position</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="385"/>
        <source>Please type the number, for example 20.</source>
        <translation>Typ het getal, bijvoorbeeld 20.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="405"/>
        <source>Stop the time</source>
        <translation>Stop de tijd</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="407"/>
        <source>Start the time</source>
        <translation>Start de tijd</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="410"/>
        <source>+1  Tap at every step</source>
        <translation>+1  Tik bij elke stap</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="412"/>
        <source>+1  Tap at every repetition</source>
        <translation>+1  Tik bij elke herhaling</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="416"/>
        <source>Full explanation</source>
        <translation>Volledige uitleg</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="417"/>
        <source>− 1</source>
        <translation>− 1</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="418"/>
        <source>One less</source>
        <translation>Eén minder</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="419"/>
        <source>I can&apos;t do more</source>
        <translation>Ik kan niet meer</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="420"/>
        <source>Done, I stop here</source>
        <translation>Klaar, ik stop hier</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="421"/>
        <location filename="../ui/session_page.py" line="422"/>
        <source>Or type how many times</source>
        <translation>Of typ hoeveel keer</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="423"/>
        <source>Save this number</source>
        <translation>Dit getal opslaan</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="424"/>
        <source>Skip this exercise</source>
        <translation>Deze oefening overslaan</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="425"/>
        <source>Undo the last set</source>
        <translation>Laatste set ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="426"/>
        <source>Stop the session</source>
        <translation>Stop de training</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/wizard.py" line="611"/>
        <source>Step {number} of {total}</source>
        <translation>Stap {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="614"/>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="614"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="615"/>
        <location filename="../ui/wizard.py" line="663"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="615"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../ui/home_page.py" line="121"/>
        <source>Please answer both questions.</source>
        <translation>Beantwoord allebei de vragen.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="135"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="141"/>
        <source>Go on with your session</source>
        <translation>Ga verder met je training</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="141"/>
        <source>Start training</source>
        <translation>Start de training</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="148"/>
        <source>Sessions done this week: {done}. Your plan: {planned} a week.</source>
        <translation>Trainingen gedaan deze week: {done}. Je plan: {planned} per week.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="154"/>
        <source>You have not trained yet. Welcome!</source>
        <translation>Je hebt nog niet getraind. Welkom!</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="157"/>
        <source>Last session: {date}</source>
        <translation>Laatste training: {date}</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="159"/>
        <source>There is no plan yet.</source>
        <translation>Er is nog geen plan.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="163"/>
        <source>Your exercises (on {days}). Tap one to see how it is done.</source>
        <translation>Je oefeningen (op {days}). Tik op een oefening om te zien hoe die gaat.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="189"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="192"/>
        <source>In the health check you answered yes to a question. Please talk with your GP or physiotherapist first. Have you done that, and may you train? Then tap the button below.</source>
        <translation>Bij de vragen over je gezondheid heb je op een vraag ja geantwoord. Praat eerst met je huisarts of fysiotherapeut. Heb je dat gedaan en mag je trainen? Tik dan op de knop hieronder.</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="197"/>
        <source>I have talked with my GP: I may train</source>
        <translation>Ik heb met mijn huisarts gepraat: ik mag trainen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="198"/>
        <source>Close the unfinished session</source>
        <translation>Sluit de onafgemaakte training af</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="199"/>
        <source>How are you after your last session?</source>
        <translation>Hoe gaat het na je vorige training?</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="200"/>
        <source>How do your joints feel today, compared with usual?</source>
        <translation>Hoe voelen je gewrichten vandaag, vergeleken met normaal?</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="202"/>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="203"/>
        <source>As usual</source>
        <translation>Zoals normaal</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="204"/>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="209"/>
        <source>Were you stiff for more than half an hour this morning?</source>
        <translation>Was je vanochtend langer dan een half uur stijf?</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="211"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="212"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="213"/>
        <source>Save my answers</source>
        <translation>Mijn antwoorden opslaan</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="214"/>
        <source>All exercises</source>
        <translation>Alle oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="215"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/home_page.py" line="216"/>
        <source>Someone else trains</source>
        <translation>Iemand anders traint</translation>
    </message>
</context>
<context>
    <name>LanguageStep</name>
    <message>
        <location filename="../ui/wizard.py" line="92"/>
        <source>Welcome to sterkblijven</source>
        <translation>Welkom bij sterkblijven</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="95"/>
        <source>This program helps you stay strong: a short strength session at home, once a week. First we set it up together. Which language do you want?</source>
        <translation>Dit programma helpt je om sterk te blijven: één keer per week een korte krachttraining thuis. Eerst stellen we samen alles in. Welke taal wil je?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="357"/>
        <source>Not possible</source>
        <translation>Dat kan niet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="363"/>
        <source>Problem with your data</source>
        <translation>Probleem met je gegevens</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="368"/>
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
    <name>PainView</name>
    <message>
        <location filename="../ui/session_page.py" line="532"/>
        <source>Please tap a number from 0 (no pain) to 10.</source>
        <translation>Tik op een getal van 0 (geen pijn) tot en met 10.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="540"/>
        <source>Did it hurt?</source>
        <translation>Deed het pijn?</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="542"/>
        <source>How much pain did you have during this exercise? 0 is none, 10 is the worst.</source>
        <translation>Hoeveel pijn had je tijdens deze oefening? 0 is geen pijn, 10 is de ergste pijn.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="546"/>
        <source>0 none</source>
        <translation>0 geen</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="548"/>
        <source>10 worst</source>
        <translation>10 ergste</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="551"/>
        <source>Pain</source>
        <translation>Pijn</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="552"/>
        <source>Where did it hurt?</source>
        <translation>Waar deed het pijn?</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="555"/>
        <source>Did you notice any of these? Tap what fits.</source>
        <translation>Had je last van een van deze dingen? Tik op wat past.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="558"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="559"/>
        <source>Save this set</source>
        <translation>Deze set opslaan</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../ui/wizard.py" line="163"/>
        <source>Please choose woman or man.</source>
        <translation>Kies vrouw of man.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="168"/>
        <source>Who is going to train?</source>
        <translation>Wie gaat er trainen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="169"/>
        <source>Tell us who you are. Only this computer keeps it.</source>
        <translation>Vertel wie je bent. Dit blijft alleen op deze computer.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="170"/>
        <location filename="../ui/wizard.py" line="171"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="172"/>
        <location filename="../ui/wizard.py" line="173"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="174"/>
        <source>− 1 year</source>
        <translation>− 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="175"/>
        <source>One year earlier</source>
        <translation>Eén jaar eerder</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="176"/>
        <source>+ 1 year</source>
        <translation>+ 1 jaar</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="177"/>
        <source>One year later</source>
        <translation>Eén jaar later</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="178"/>
        <source>Woman or man</source>
        <translation>Vrouw of man</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="180"/>
        <source>Used only to compare your test results with people of your age.</source>
        <translation>Dit gebruiken we alleen om je testuitslagen te vergelijken met mensen van je leeftijd.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="182"/>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="183"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
</context>
<context>
    <name>PhaseView</name>
    <message>
        <location filename="../ui/session_page.py" line="145"/>
        <source>All movements done. Well done!</source>
        <translation>Alle bewegingen zijn gedaan. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="169"/>
        <source>Movement {number} of {total}</source>
        <translation>Beweging {number} van {total}</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="182"/>
        <source>{seconds} seconds left</source>
        <translation>Nog {seconds} seconden</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="186"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="188"/>
        <source>Go on</source>
        <translation>Ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="190"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="196"/>
        <source>Cool down</source>
        <translation>Afkoelen</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="197"/>
        <source>Finish the session</source>
        <translation>Rond de training af</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="199"/>
        <source>Warm up</source>
        <translation>Opwarmen</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="200"/>
        <source>On to the exercises</source>
        <translation>Naar de oefeningen</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="201"/>
        <source>Next movement</source>
        <translation>Volgende beweging</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../ui/carer_page.py" line="86"/>
        <source>Too many wrong tries. Please wait {seconds} seconds.</source>
        <translation>Te veel foute pogingen. Wacht {seconds} seconden.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="92"/>
        <source>That PIN is not right. Tries left before a short wait: {left}.</source>
        <translation>Die PIN klopt niet. Aantal pogingen voordat je even moet wachten: {left}.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="99"/>
        <source>Carer part</source>
        <translation>Mantelzorgerdeel</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="101"/>
        <source>This part is for the carer: who trains, and the PIN. Type the carer PIN.</source>
        <translation>Dit deel is voor de mantelzorger: wie er traint, en de PIN. Typ de PIN van de mantelzorger.</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="103"/>
        <location filename="../ui/carer_page.py" line="104"/>
        <source>Carer PIN</source>
        <translation>PIN van de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="105"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../ui/carer_page.py" line="106"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>ReadinessStep</name>
    <message>
        <location filename="../ui/wizard.py" line="219"/>
        <source>Please answer every question with yes or no.</source>
        <translation>Beantwoord elke vraag met ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="223"/>
        <source>Is it safe to start?</source>
        <translation>Kun je veilig beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="225"/>
        <source>Five short questions about your health. Answer each with yes or no.</source>
        <translation>Vijf korte vragen over je gezondheid. Beantwoord elke vraag met ja of nee.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="230"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="231"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>RestView</name>
    <message>
        <location filename="../ui/session_page.py" line="673"/>
        <source>{seconds} seconds of rest left</source>
        <translation>Nog {seconds} seconden rust</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="678"/>
        <source>Rest is over. Ready for the next one?</source>
        <translation>De rust is voorbij. Klaar voor de volgende?</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="680"/>
        <source>Rest a moment. Breathe calmly.</source>
        <translation>Rust even uit. Adem rustig.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="682"/>
        <source>Paused.</source>
        <translation>De tijd staat stil.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="683"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="683"/>
        <source>Go on</source>
        <translation>Ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="686"/>
        <source>Next: {what}</source>
        <translation>Hierna: {what}</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="687"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="687"/>
        <source>Skip the rest</source>
        <translation>Rust overslaan</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="691"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="692"/>
        <source>+30 seconds</source>
        <translation>+30 seconden</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="693"/>
        <source>Undo the set I just saved</source>
        <translation>Maak de set die ik net opsloeg ongedaan</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/session_page.py" line="989"/>
        <source>{exercise}, set {number}</source>
        <translation>{exercise}, set {number}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <location filename="../ui/settings_dialog.py" line="120"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="121"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="123"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="124"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="125"/>
        <source>Spoken cues (the tone and the screen always show it)</source>
        <translation>Gesproken aanwijzingen (je hoort altijd een toon en je ziet het altijd op het scherm)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="126"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="127"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="128"/>
        <source>For the carer</source>
        <translation>Voor de mantelzorger</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="129"/>
        <source>Open the carer part</source>
        <translation>Mantelzorgerdeel openen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="130"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>StopAdviceView</name>
    <message>
        <location filename="../ui/session_page.py" line="588"/>
        <source>Stop this exercise</source>
        <translation>Stop met deze oefening</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="591"/>
        <source>You had a lot of pain, or something that is a reason to stop. Please do not do this exercise any more today. Your answers are saved.

Does the pain stay, or does a joint swell, feel warm, lock or give way? Contact your GP or physiotherapist. This is advice, not a diagnosis.</source>
        <translation>Je had veel pijn, of iets anders wat een reden is om te stoppen. Doe deze oefening vandaag niet meer. Je antwoorden zijn opgeslagen.

Blijft de pijn? Of wordt een gewricht dik of warm, zit het vast of zakt het door? Neem dan contact op met je huisarts of fysiotherapeut. Dit is een advies, geen diagnose.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="597"/>
        <source>Skip it and go on</source>
        <translation>Sla de oefening over en ga verder</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="598"/>
        <source>Stop the session</source>
        <translation>Stop de training</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="599"/>
        <source>I tapped a wrong answer: undo this set</source>
        <translation>Ik tikte een verkeerd antwoord: maak deze set ongedaan</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <location filename="../ui/wizard.py" line="479"/>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="479"/>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="481"/>
        <source>Name: {name}</source>
        <translation>Naam: {name}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="482"/>
        <source>Year of birth: {year} ({sex})</source>
        <translation>Geboortejaar: {year} ({sex})</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="488"/>
        <source>Dumbbells: {weights} kg</source>
        <translation>Halters: {weights} kg</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="490"/>
        <source>Dumbbells: none</source>
        <translation>Halters: geen</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="493"/>
        <source>Bands, light to heavy: {names}</source>
        <translation>Elastieken, van licht naar zwaar: {names}</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="495"/>
        <source>Bands: none</source>
        <translation>Elastieken: geen</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="497"/>
        <source>Training starts after you confirm that you talked with your GP.</source>
        <translation>Je kunt pas trainen als je hebt bevestigd dat je met je huisarts hebt gepraat.</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="502"/>
        <source>Ready to make your plan</source>
        <translation>Klaar om je plan te maken</translation>
    </message>
    <message>
        <location filename="../ui/wizard.py" line="505"/>
        <source>Check what you entered. Tap Finish, and we make a weekly plan of light exercises that fit your equipment. A carer can change it later.</source>
        <translation>Kijk of alles klopt wat je hebt ingevuld. Tik op Klaar. Dan maken we een weekplan met lichte oefeningen die passen bij je materiaal. Een mantelzorger kan het plan later aanpassen.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../ui/session_page.py" line="758"/>
        <source>Well done, {name}!</source>
        <translation>Goed gedaan, {name}!</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="760"/>
        <source>Sets done today: {sets}. Every session keeps you stronger.</source>
        <translation>Sets vandaag: {sets}. Elke training houdt je sterker.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="781"/>
        <source>Stopped because of pain. Good that you listened to your body.</source>
        <translation>Gestopt vanwege pijn. Goed dat je naar je lichaam hebt geluisterd.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="783"/>
        <source>Skipped today.</source>
        <translation>Vandaag overgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="785"/>
        <source>Not done this time.</source>
        <translation>Deze keer niet gedaan.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="788"/>
        <source>Best set: {count}.</source>
        <translation>Beste set: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="796"/>
        <source>{amount} more than last time!</source>
        <translation>{amount} meer dan vorige keer!</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="801"/>
        <source>{amount} fewer than last time; that happens.</source>
        <translation>{amount} minder dan vorige keer; dat gebeurt.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="798"/>
        <source>The same as last time.</source>
        <translation>Evenveel als vorige keer.</translation>
    </message>
    <message>
        <location filename="../ui/session_page.py" line="810"/>
        <source>Back to the start</source>
        <translation>Terug naar het beginscherm</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../ui/wording.py" line="39"/>
        <source>Standing up from a chair</source>
        <translation>Opstaan uit een stoel</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="40"/>
        <source>Climbing stairs</source>
        <translation>Traplopen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="41"/>
        <source>Carrying shopping</source>
        <translation>Boodschappen dragen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="42"/>
        <source>Balance</source>
        <translation>Evenwicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="50"/>
        <source>tan</source>
        <translation>beige</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="51"/>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="52"/>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="53"/>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="54"/>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="55"/>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="56"/>
        <source>silver</source>
        <translation>zilver</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="57"/>
        <source>gold</source>
        <translation>goud</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="58"/>
        <source>other</source>
        <translation>ander</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="67"/>
        <source>{colour} band</source>
        <translation>{colour} elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="73"/>
        <source>dumbbells of {kg} kg</source>
        <translation>halters van {kg} kg</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="77"/>
        <source>{band}, doubled</source>
        <translation>{band}, dubbelgevouwen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="80"/>
        <source>a band</source>
        <translation>een elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="81"/>
        <source>no weights</source>
        <translation>zonder gewicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="87"/>
        <source>Without weights</source>
        <translation>Zonder gewicht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="88"/>
        <source>With dumbbells</source>
        <translation>Met halters</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="89"/>
        <source>With a band</source>
        <translation>Met een elastiek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="97"/>
        <source>{low} to {high} times, stopping when you could still do 2 or 3</source>
        <translation>{low} tot {high} keer; stop als je nog 2 of 3 keer zou kunnen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="101"/>
        <source>hold {low} to {high} seconds</source>
        <translation>{low} tot {high} seconden volhouden</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="103"/>
        <source>{low} to {high} steps</source>
        <translation>{low} tot {high} stappen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="104"/>
        <source>{low} to {high} times, until you really cannot do more</source>
        <translation>{low} tot {high} keer, tot het echt niet meer gaat</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="112"/>
        <source>{count} seconds</source>
        <translation>{count} seconden</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="114"/>
        <source>{count} steps</source>
        <translation>{count} stappen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="115"/>
        <source>{count} times</source>
        <translation>{count} keer</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="121"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="122"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="123"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="124"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="125"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="126"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="127"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="136"/>
        <source>Please type a name.</source>
        <translation>Typ een naam.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="137"/>
        <location filename="../ui/wording.py" line="144"/>
        <source>That name is too long. Use at most {most} letters.</source>
        <translation>Die naam is te lang. Gebruik niet meer dan {most} letters.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="140"/>
        <location filename="../ui/wording.py" line="147"/>
        <source>The name has a character that cannot be used. Please retype it.</source>
        <translation>Er staat een teken in de naam dat niet mag. Typ de naam opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="143"/>
        <source>Please type a name for the band.</source>
        <translation>Typ een naam voor het elastiek.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="150"/>
        <source>Please type the birth year as four digits, for example 1948.</source>
        <translation>Typ het geboortejaar met vier cijfers, bijvoorbeeld 1948.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="153"/>
        <source>Please type a birth year from {low} to {high}.</source>
        <translation>Typ een geboortejaar van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="156"/>
        <source>Please type the weight as a number, for example 2,5.</source>
        <translation>Typ het gewicht als getal, bijvoorbeeld 2,5.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="159"/>
        <source>Please type a weight from {low} to {high} kg.</source>
        <translation>Typ een gewicht van {low} tot en met {high} kg.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="162"/>
        <source>That weight is already in the list.</source>
        <translation>Dat gewicht staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="163"/>
        <source>Please choose a language.</source>
        <translation>Kies een taal.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="164"/>
        <source>There is no plan yet. Ask your carer to make one.</source>
        <translation>Er is nog geen plan. Vraag je mantelzorger er een te maken.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="165"/>
        <source>This exercise is already done. On to the next.</source>
        <translation>Deze oefening is al klaar. Op naar de volgende.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="166"/>
        <source>There is no set here to undo.</source>
        <translation>Hier is geen set om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="167"/>
        <source>This session has already ended.</source>
        <translation>Deze training is al afgelopen.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="168"/>
        <source>This session cannot go on. It has been closed; what you did is kept.</source>
        <translation>Deze training kan niet verder. Hij is afgesloten; wat je deed, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="171"/>
        <location filename="../ui/wording.py" line="174"/>
        <source>Please type a number from {low} to {high}.</source>
        <translation>Typ een getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="179"/>
        <source>This input cannot be used. Please check it and try again.</source>
        <translation>Wat je hebt ingevuld, kan niet worden gebruikt. Kijk het na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="186"/>
        <source>Do you get pain or pressure in your chest when you exert yourself?</source>
        <translation>Krijg je pijn of een drukkend gevoel op je borst als je je inspant?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="189"/>
        <source>Have you lost your balance because of dizziness, or fainted, recently?</source>
        <translation>Ben je de laatste tijd door duizeligheid je evenwicht verloren, of ben je flauwgevallen?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="192"/>
        <source>Have you broken a bone or had an operation in the last month?</source>
        <translation>Heb je de afgelopen maand een bot gebroken of een operatie gehad?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="195"/>
        <source>Do you have high blood pressure that is not under control?</source>
        <translation>Heb je een hoge bloeddruk die niet onder controle is?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="198"/>
        <source>Has a doctor told you not to exercise?</source>
        <translation>Heeft een arts je gezegd dat je niet mag sporten?</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="206"/>
        <source>Easy</source>
        <translation>Makkelijk</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="207"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="208"/>
        <source>Moderate</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="209"/>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="210"/>
        <source>Very hard: I could not do one more</source>
        <translation>Heel zwaar: er kon er geen meer bij</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="218"/>
        <source>Knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="219"/>
        <source>Hip</source>
        <translation>Heup</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="220"/>
        <source>Back</source>
        <translation>Rug</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="221"/>
        <source>Shoulder</source>
        <translation>Schouder</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="222"/>
        <source>Hand or wrist</source>
        <translation>Hand of pols</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="223"/>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="224"/>
        <source>Somewhere else</source>
        <translation>Ergens anders</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="232"/>
        <source>Sharp or stabbing pain in a joint</source>
        <translation>Scherpe of stekende pijn in een gewricht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="233"/>
        <source>Swelling or warmth around a joint</source>
        <translation>Zwelling of warmte rond een gewricht</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="234"/>
        <source>A joint that locks or gives way</source>
        <translation>Een gewricht dat vastzit of doorzakt</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="243"/>
        <source>March on the spot</source>
        <translation>Op de plaats marcheren</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="244"/>
        <source>Stand behind a chair and hold it. Lift your knees in turn, calmly.</source>
        <translation>Ga achter een stoel staan en houd hem vast. Til rustig om de beurt je knieën op.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="249"/>
        <source>Roll your shoulders</source>
        <translation>Schouders rollen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="250"/>
        <source>Sit or stand tall. Roll your shoulders slowly backwards.</source>
        <translation>Zit of sta rechtop. Rol je schouders langzaam naar achteren.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="253"/>
        <source>Swing your arms</source>
        <translation>Armen zwaaien</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="254"/>
        <source>Let your arms swing gently forwards and back, like walking.</source>
        <translation>Laat je armen zachtjes naar voren en naar achteren zwaaien, zoals bij het lopen.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="257"/>
        <source>Up on your toes</source>
        <translation>Op je tenen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="258"/>
        <source>Hold the back of a chair. Go up on your toes and down again.</source>
        <translation>Houd de rugleuning van een stoel vast. Ga op je tenen staan en zak weer terug.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="261"/>
        <source>Knee lifts, seated</source>
        <translation>Knieën optillen, zittend</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="262"/>
        <source>Sit on the chair. Lift one knee a little, then the other.</source>
        <translation>Ga op de stoel zitten. Til één knie een beetje op, en dan de andere.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="265"/>
        <source>Stand up easily</source>
        <translation>Rustig opstaan</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="266"/>
        <source>Stand up from the chair and sit down, slowly. Use your hands if you like.</source>
        <translation>Sta langzaam op uit de stoel en ga weer zitten. Gebruik je handen als je wilt.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="272"/>
        <source>Walk slowly</source>
        <translation>Langzaam lopen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="273"/>
        <source>Walk calmly through the room, or on the spot. Breathe quietly.</source>
        <translation>Loop rustig door de kamer, of op de plaats. Adem kalm.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="276"/>
        <source>Stretch your calves</source>
        <translation>Kuiten rekken</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="277"/>
        <source>Hold a chair. Put one foot back, heel on the floor, and hold. Then the other.</source>
        <translation>Houd een stoel vast. Zet één voet naar achteren, met de hiel op de grond, en blijf zo even staan. Dan de andere voet.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="283"/>
        <source>Open your chest</source>
        <translation>Borst openen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="284"/>
        <source>Sit tall. Bring your shoulder blades together gently, and breathe.</source>
        <translation>Zit rechtop. Breng je schouderbladen zachtjes naar elkaar toe, en adem door.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="289"/>
        <source>Breathe deeply</source>
        <translation>Diep ademhalen</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="290"/>
        <source>Sit comfortably. Breathe in through your nose, and slowly out.</source>
        <translation>Ga lekker zitten. Adem in door je neus, en langzaam weer uit.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="300"/>
        <source>Next time a step up: {load}. You have earned it!</source>
        <translation>Volgende keer een stap zwaarder: {load}. Dat heb je verdiend!</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="304"/>
        <source>Next time lighter, kind to your joints: {load}.</source>
        <translation>Volgende keer lichter, om je gewrichten te sparen: {load}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="308"/>
        <source>Next time a bit lighter: {load}.</source>
        <translation>Volgende keer wat lichter: {load}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="310"/>
        <source>Rest this exercise for now, and ask your GP or physiotherapist about it.</source>
        <translation>Laat deze oefening voorlopig rusten, en vraag je huisarts of fysiotherapeut om advies.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="315"/>
        <source>You are at your heaviest weight: try it more slowly next time.</source>
        <translation>Je traint al met je zwaarste gewicht: doe de oefening volgende keer langzamer.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="319"/>
        <source>Next time: {load}.</source>
        <translation>Volgende keer: {load}.</translation>
    </message>
    <message>
        <location filename="../ui/wording.py" line="320"/>
        <source>Next time the same: {load}. Try a few more times.</source>
        <translation>Volgende keer hetzelfde: {load}. Probeer het een paar keer vaker.</translation>
    </message>
</context>
</TS>
