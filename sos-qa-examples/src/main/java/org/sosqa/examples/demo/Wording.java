package org.sosqa.examples.demo;

import java.util.List;

/**
 * What the demonstration organisation's workers write: the same worries written well (who is worried,
 * what the caregiver does, what could happen to the child, in the family's words; goals that describe
 * what will be happening, that people can see, for how long) and written as records too often read
 * (labels, jargon, "will not ..."). The words are the library's own, shaped by the quality criteria in
 * domain.md §1.3 and the lexicon of §1.4. No names: children are "the children", "the baby".
 */
final class Wording {

    private Wording() {
    }

    /** One worry, in each of the ways a worker might write it. */
    record Worry(
            String key,
            String title,
            List<String> harmGood,
            List<String> harmPoor,
            List<String> dangerGood,
            List<String> dangerMid,
            List<String> dangerPoor,
            List<String> goalGood,
            List<String> goalPoor,
            List<String> familyGoal,
            List<String> existingSafety,
            List<String> planRules,
            List<String> complicating) {
    }

    /** Who is worried, for a statement written well. */
    static final List<String> WHO_IS_WORRIED = List.of(
            "Children's services and the school are worried that",
            "The social worker, the health visitor and Nan are worried that",
            "Children's social care and Grandad are worried that",
            "The social worker and the children's teacher are worried that",
            "Children's services, the police and Auntie are worried that");

    static final List<Worry> WORRIES = List.of(
            new Worry("drinking-and-fighting", "Drinking and fighting at home",
                    List.of("Last spring the school saw bruises on the older child's arm. The child said Dad grabbed"
                                    + " and pushed them into the wall when he had been drinking and was shouting at Mum, and"
                                    + " the child was too frightened to go home that night.",
                            "In January Dad shouted at Mum and threw things at her after drinking. The children were in the"
                                    + " room, and the youngest cried for hours and would not sleep afterwards."),
                    List.of("DV incident reported by police. Children present.",
                            "History of domestic abuse and alcohol misuse. Children exposed."),
                    List.of(" when Dad drinks he shouts at Mum, pushes her and throws things, and if nothing changes the"
                                    + " children could be hurt when they are nearby and could grow up frightened in their own home.",
                            " when Dad has been drinking he gets angry, grabs Mum and breaks things in front of the children,"
                                    + " and the children might get hurt and could end up scared to be at home."),
                    List.of("The social worker is worried about Dad's drinking and the DV in the home.",
                            "Children's services are worried about domestic abuse and parental alcohol misuse."),
                    List.of("Domestic violence and alcohol misuse by father. Risk of significant harm to the children.",
                            "DV and substance misuse. Children at risk of emotional harm."),
                    List.of("Mum and Dad will sort out disagreements calmly, and when Dad has had a drink he will stay at"
                                    + " Grandad's, so the children feel safe and relaxed at home. Everyone will see this"
                                    + " happening for at least six months.",
                            "Dad will talk calmly with Mum, and Nan will check in after school every day, so the"
                                    + " children are settled and happy at home; this will be seen for the next six months."),
                    List.of("Dad will stop drinking and there will be no more domestic violence.",
                            "There will be no more incidents. Dad will not drink around the children."),
                    List.of("We want the kids to be happy and us to stop rowing.",
                            "I want to be a dad my kids are proud of."),
                    List.of("When Dad came home drunk in March, Mum took the children to Nan's for the night and phoned"
                                    + " the social worker the next morning.",
                            "Last month Dad phoned Grandad and stayed at his house when he had been drinking."),
                    List.of("If Dad has been drinking he will go to Grandad's and stay there until the next day.",
                            "Nan will phone Mum every evening and come round if she hears shouting."),
                    List.of("Dad says he does not have a problem with drink.",
                            "The family have moved house three times this year.")),
            new Worry("drugs", "Drug use while caring for the children",
                    List.of("In October Mum took heroin and fell asleep while the baby cried in the cot for most of the"
                                    + " afternoon. The baby had not been fed or changed and had a bad nappy rash.",
                            "Last summer Mum's partner took drugs at home and left needles on the kitchen table; the"
                                    + " youngest child picked a needle up, cut her hand and needed hospital."),
                    List.of("Substance misuse. Neglect of baby.",
                            "Parental drug use identified at assessment."),
                    List.of(" when Mum takes drugs she falls asleep and cannot wake to feed or change the baby, and if this"
                                    + " keeps happening the baby could go hungry, get ill, or be hurt with no one to help.",
                            " Mum's partner leaves drugs and needles where the children can reach them, and the children"
                                    + " could pick them up and get badly hurt or poisoned."),
                    List.of("The social worker is worried about Mum's substance misuse and neglect of the baby.",
                            "Children's services are worried about drug use and poor supervision."),
                    List.of("Substance misuse by mother. Neglect.",
                            "Parental substance misuse impacting on parenting capacity."),
                    List.of("There will always be a sober adult looking after the baby, who is fed, changed and cuddled"
                                    + " every day, and Nan and the health visitor will see this for at least six months.",
                            "Mum and her partner will keep medicines and anything sharp locked in the cupboard, so the"
                                    + " children are safe to play at home; the health visitor will check this every week for"
                                    + " the next three months."),
                    List.of("Mum will not use drugs and will engage with services.",
                            "Mum will stop using and there will be no more concerns."),
                    List.of("I want to get clean and keep my baby.",
                            "We want social services out of our lives."),
                    List.of("Last week Mum asked Nan to have the baby overnight when she knew she was going to use.",
                            "Mum's sister took the children to her flat when she found needles in the kitchen."),
                    List.of("Nan will have the baby whenever Mum feels she might use, and Mum will call her first.",
                            "Needles and medicines will be kept in the locked box that the health visitor checks."),
                    List.of("Mum has missed several appointments at the drug service.",
                            "Mum's partner does not want to meet the social worker.")),
            new Worry("home-and-food", "The children's everyday care",
                    List.of("Since September Mum and Dad did not feed the children breakfast most days and forgot to take"
                                    + " them to school; the children were hungry and missed school, and the youngest had sores.",
                            "In May Mum left the baby alone in a cold flat with no food; when the social worker visited the"
                                    + " baby was cold, hungry and had nappy rash."),
                    List.of("Neglect. Poor home conditions.",
                            "Neglect concerns, poor hygiene, chaotic household."),
                    List.of(" Mum and Dad often do not have food in the house or get the children up for school, and if this"
                                    + " carries on the children could go hungry, get ill and fall behind at school.",
                            " the baby is often left in a cold house without being fed or changed, and the baby could become"
                                    + " ill and not grow as babies should."),
                    List.of("The social worker is worried about neglect and the home conditions.",
                            "Children's services are worried about neglect and the family's lack of engagement."),
                    List.of("Neglect.",
                            "Chronic neglect. Parenting capacity concerns."),
                    List.of("The children will have breakfast, clean clothes and get to school on time every day, so they"
                                    + " feel cared for and can learn; the school will see this for two school terms.",
                            "Mum will feed the baby every few hours and keep the flat warm, so the baby is fed, warm and"
                                    + " growing well; the health visitor will see this at every visit for six months."),
                    List.of("Parents will not neglect the children.",
                            "No more neglect. Parents to engage with support."),
                    List.of("We want the kids to have what they need.",
                            "I want to get on top of things at home."),
                    List.of("When the gas ran out in January, Dad took the children to his sister's until it was back on.",
                            "Mum asked the school for breakfast club places when money ran out."),
                    List.of("Auntie will drop round food shopping every Friday and check the cupboards.",
                            "Grandad will get the children up and walk them to school on Mondays and Tuesdays."),
                    List.of("The family are in debt and the landlord wants them out.",
                            "Mum finds it hard to read letters from the school.")),
            new Worry("low-mood", "Mum's low mood",
                    List.of("In February Mum lost her temper, took an overdose and passed out while she was alone with the"
                                    + " children. The older child found her, phoned an ambulance and was very frightened for weeks.",
                            "In December Mum stayed in bed for days at a time and did not feed the children, so the older"
                                    + " child got the younger ones up and missed school to look after them."),
                    List.of("Maternal mental health concerns. Depression.",
                            "Mum has a diagnosis of depression and anxiety."),
                    List.of(" when Mum feels very low she stays in bed for days and the older child has to look after the"
                                    + " younger ones, and if nothing changes the children could be left without an adult to"
                                    + " keep them safe and the older child could become worn out and miss school.",
                            " when Mum feels like hurting herself the children could find her hurt, and could be very"
                                    + " frightened and left with nobody looking after them."),
                    List.of("The social worker is worried about Mum's mental health and the impact on the children.",
                            "Children's services are worried about Mum's depression and the older child being a young carer."),
                    List.of("Maternal depression.",
                            "Mental health of mother. Young carer."),
                    List.of("When Mum feels low she will ring Auntie, who will come round and look after the children, so the"
                                    + " children always have an adult caring for them; everyone will see this working for at"
                                    + " least six months.",
                            "Mum will get up with the children each morning, or Nan will come, so the older child can go to"
                                    + " school and feel like a child again; the school will see this for the next two terms."),
                    List.of("Mum will engage with mental health services and take her medication.",
                            "Mum's mental health will improve."),
                    List.of("I want to feel like myself again and be there for the kids.",
                            "I want my children to be able to just be children."),
                    List.of("Last month Mum rang Auntie when she felt she could not cope, and Auntie had the children for the weekend.",
                            "When Mum felt unwell in the summer, she asked her GP for help and Nan moved in for a week."),
                    List.of("If Mum feels very low she will text Auntie the word 'help' and Auntie will come straight round.",
                            "Nan will stay over on any night Mum asks her to."),
                    List.of("Mum is on a long waiting list for counselling.",
                            "Mum does not want anyone to know she is struggling.")),
            new Worry("hitting", "Rough handling and hitting",
                    List.of("In November the older child told the teacher that Dad hit him with a belt for being cheeky; the"
                                    + " school nurse saw red marks across his legs and he was scared to go home.",
                            "At the start of the year Mum's partner grabbed the younger child by the neck when she would not"
                                    + " go to bed. There were finger-mark bruises on her neck the next day."),
                    List.of("Physical abuse. NAI.",
                            "Physical chastisement. Section 47 completed."),
                    List.of(" when Dad is angry with the children he hits them with his hand or a belt, and if nothing changes"
                                    + " the children could be badly hurt and grow up afraid of him.",
                            " Mum's partner grabs and shakes the younger child when she does not do as she is told, and she"
                                    + " could be seriously injured."),
                    List.of("The social worker is worried about physical abuse by Dad.",
                            "Children's services are worried about inappropriate chastisement and NAI."),
                    List.of("Physical abuse. Risk of significant harm.",
                            "NAI. Children at risk."),
                    List.of("Dad will use calm ways to manage the children's behaviour, like time out and taking away the"
                                    + " games console, so the children feel safe with him; everyone will see this for at"
                                    + " least six months.",
                            "When the younger child will not go to bed, Mum will settle her while her partner goes into"
                                    + " another room, so the child feels safe and cared for at bedtime; this will be seen"
                                    + " every night for the next three months."),
                    List.of("Dad will not hit the children.",
                            "There will be no more physical chastisement."),
                    List.of("I want to be a better dad than mine was.",
                            "We just want things to be calm at home."),
                    List.of("When Dad lost his temper in December he went out for a walk and phoned Uncle before he came back.",
                            "Mum put the younger child to bed herself when her partner was angry."),
                    List.of("If Dad feels himself getting angry he will go out of the room and call Uncle.",
                            "Only Mum will put the younger child to bed until the next review."),
                    List.of("Dad was hit as a child and thinks it did him no harm.",
                            "The children's behaviour is very challenging at times.")));

    static final List<String> STRENGTHS = List.of(
            "Mum and Dad love the children and want them at home.",
            "The children go to school most days and like their teachers.",
            "Nan lives round the corner and sees the children most weeks.",
            "Dad has kept his job at the warehouse for three years.",
            "The children have a close bond with their grandparents.",
            "Mum is honest with the social worker about how she is feeling.");

    /** Existing safety as too often written: a quality or a feeling, not protective action. */
    static final List<String> SAFETY_AS_QUALITY = List.of(
            "Mum loves the children very much.",
            "Dad cares about the children and wants the best for them.",
            "The family are engaging well with services.");

    static final List<String> STEPS = List.of(
            "Hold a family network meeting to build the safety plan",
            "Do Three Houses with the children and share it with Mum and Dad",
            "Write a words and pictures explanation with Mum and Dad",
            "Meet Nan and Grandad to talk through the worries",
            "Review the safety plan with the network",
            "Ask the school to tell the social worker about any days the children come in hungry",
            "Refer Dad to the drink support group and go with him to the first session");

    static final List<String> STEP_WHO = List.of("Social worker", "Mum", "Dad", "Nan", "Team manager", "Family support worker");

    static final List<String> CHILD_WORDS = List.of(
            "I'm scared when Daddy shouts.",
            "I like it when Nan picks me up from school.",
            "My worry is Mummy being sad in bed.",
            "I want everyone to stop fighting.",
            "My dream is to live with Mum and have a dog.",
            "I feel safe at Auntie's house.",
            "Good things are my bike and my friends at school.",
            "I don't like it when there's no food.");

    static final List<String> FAMILY_POSITION = List.of(
            "We know things got bad and we want to sort it out.",
            "Dad says the school is making too much of it.",
            "Mum agrees about the drinking but not about the children being frightened.",
            "We don't think we need social services, but we'll work with you.");

    static final List<String> TEN_MEANS = List.of(
            "10 means everyone knows the children are safe enough for children's services to close the case",
            "10 means this child is safe and professionals can step back");

    static final List<String> ZERO_MEANS = List.of(
            "0 means the children cannot live at home until things change",
            "0 means nothing is keeping this child safe");

    static final List<String> REASONS = List.of(
            "Dad has stayed at Grandad's every time he has been drinking this month.",
            "The plan is working but it is early days.",
            "Things have been calmer since the network meeting.",
            "Mum is still missing appointments.",
            "The children say home feels happier.");

    static final List<String> LEARNING = List.of(
            "Rewrite the danger statement in the family's words with them",
            "Scale with Mum, Dad and the network at the next visit",
            "Use Three Houses with the older child before the review",
            "Bring the network together to agree who keeps each rule",
            "Add how long the change must be seen to each safety goal");
}
