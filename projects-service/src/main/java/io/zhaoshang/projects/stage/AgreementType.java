package io.zhaoshang.projects.stage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agreement a signing rests on. */
@Schema(description = "Type of agreement. FRAMEWORK 框架协议 (framework or cooperation agreement), INVESTMENT 投资协议 "
        + "(investment agreement).")
public enum AgreementType {
    FRAMEWORK,
    INVESTMENT
}
