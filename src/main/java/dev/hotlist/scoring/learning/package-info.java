/**
 * The need learned from this user's won and lost leads (workflow 6): fitted offline, explained point by point, used
 * only when it beats the rules on leads it did not see. Pure Java over the domain (liblinear does the fit); no JDBC,
 * no JavaFX.
 *
 * <ul>
 *   <li>{@link dev.hotlist.scoring.learning.Outcomes}: which leads are won, lost or open, and when, the one place
 *       outcomes come from (the stage first, else the sheet's outcome column).</li>
 *   <li>{@link dev.hotlist.scoring.learning.LeadColumn}: the lead's fields and every extra column of its sheet, none
 *       named in code. {@code FeatureSpace} turns each into bins (values, number ranges, blank, other) from the
 *       training leads only, and leaves out ids, constants and, by {@code LeakageGuard}, the columns whose values
 *       are the outcome in other words ({@link dev.hotlist.scoring.learning.Exclusion}).</li>
 *   <li>{@code LogisticFit}: L2 logistic regression by liblinear over one-hot bins.</li>
 *   <li>{@link dev.hotlist.scoring.learning.NeedModel}: the fitted need, a
 *       {@link dev.hotlist.scoring.NeedSource}: 50 plus each column's points, {@code 10/ln 2 × (w − w̄)} (10 points
 *       double the odds of winning); each column is one reason ({@link dev.hotlist.scoring.learning.Factor}, keys
 *       {@code need.learned*} in the reasons bundles), worked out when read.</li>
 *   <li>{@link dev.hotlist.scoring.learning.Learner}: the fit, the held-out AUC beside the rules' on the same leads
 *       (most recent 20%, else k-fold), the verdict; {@link dev.hotlist.scoring.learning.LearningReport} is what it
 *       found, {@link dev.hotlist.scoring.learning.LearningText} says it in English or Chinese.</li>
 * </ul>
 * Speed: a fit reads each lead's cells once ({@code Cells}: numbered distinct texts per column) and works every
 * distinct text out once; leads share their extra columns' header layout
 * ({@link dev.hotlist.domain.ExtraColumns}), so the model finds its columns once per sheet, not once per lead.
 * See docs/decisions/0004-learned-need.md.
 */
package dev.hotlist.scoring.learning;
