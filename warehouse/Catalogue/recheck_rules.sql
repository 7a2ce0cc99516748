-- A new catalogue can change the rules or what they read (an indicator's unit of measure): every breach again.
DELETE FROM rule_breach;
INSERT INTO rule_breach SELECT * FROM validation_breach;
