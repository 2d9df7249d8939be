package org.journey.dsl.ide.quickfix;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that fixes the issues with these codes; the annotation is the registration.
 * The method is {@code void name(IssueToFix issue, FixAcceptor fixes)} in one of the classes
 * {@link QuickFixes} lists, and gives each fix it finds, label and edits, to {@code fixes}: none
 * when the model has changed since the issue was reported, several when the modeller must choose
 * (the likeliest first). One method per code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface QuickFix {

	/** The issue codes ({@link org.journey.dsl.validation.IssueCodes}) the method fixes. */
	String[] value();
}
