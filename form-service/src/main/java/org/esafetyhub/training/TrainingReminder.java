package org.esafetyhub.training;

import org.esafetyhub.trust.Trust;

/** The reminder e-mail to a member of staff whose training is overdue or was never done. */
final class TrainingReminder {

    static final String SUBJECT = "Reminder: cyber-bullying training for staff";

    private TrainingReminder() {
    }

    static String body(Trust trust, TrainingMatrix.Row row, String sentBy) {
        var site = trust.siteUrl().replaceAll("/+$", "");
        var status = row.status();
        var where = status.state() == TrainingStatus.State.OVERDUE
                ? "Your cyber-bullying training was last completed on " + status.lastPass().completedOn()
                  + " and the refresher was due on " + status.dueOn() + "."
                : "Our records show you have not yet completed the cyber-bullying training.";
        return "Dear " + row.member().name() + ",\n\n"
                + where + " The trust's cyber-bullying policy asks every member of staff to be trained to spot the signs"
                + " of cyber-bullying and to know how to respond (policy 3.3).\n\n"
                + "1. Read the five short staff guides: " + site + "/staff-guide/\n"
                + "2. Sign in to the staff area and take the training quiz: " + site + "/staff/training/quiz\n\n"
                + "It takes about 30 minutes in all.\n\n"
                + "Sent by " + sentBy + " through the " + trust.name() + " eSafety Hub.\n";
    }
}
