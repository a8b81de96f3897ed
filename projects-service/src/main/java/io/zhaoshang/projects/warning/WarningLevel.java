package io.zhaoshang.projects.warning;

/** How serious a warning is: YELLOW 黄色预警 asks for attention, RED 红色预警 for action (scoring penalizes the owner team). */
public enum WarningLevel {
    YELLOW,
    RED
}
