package no.samspill.ui.shell;

import no.samspill.ui.common.View;

/** The screens in the navigation, in order; Ctrl+1 … Ctrl+8 open them. */
public enum Section {
    OVERVIEW("mdal-dashboard", View.COMING_SOON, "nav.overview", "comingSoon.overview"),
    CANDIDATES("mdal-group", View.CANDIDATES, "nav.candidates", null),
    MENTORS("mdmz-supervisor_account", View.COMING_SOON, "nav.mentors", "comingSoon.mentors"),
    WORKPLACES("mdal-business", View.COMING_SOON, "nav.workplaces", "comingSoon.workplaces"),
    REPRESENTATIVES("mdmz-record_voice_over", View.COMING_SOON, "nav.representatives", "comingSoon.representatives"),
    TRAINING("mdmz-school", View.COMING_SOON, "nav.training", "comingSoon.training"),
    EVALUATION("mdal-assessment", View.COMING_SOON, "nav.evaluation", "comingSoon.evaluation"),
    SETTINGS("mdmz-settings", View.SETTINGS, "nav.settings", null);

    private final String icon;
    private final View view;
    private final String labelKey;
    private final String comingSoonKey;

    Section(String icon, View view, String labelKey, String comingSoonKey) {
        this.icon = icon;
        this.view = view;
        this.labelKey = labelKey;
        this.comingSoonKey = comingSoonKey;
    }

    public String icon() {
        return icon;
    }

    public View view() {
        return view;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What a screen that is not built yet says about itself. */
    public String comingSoonKey() {
        return comingSoonKey;
    }
}
